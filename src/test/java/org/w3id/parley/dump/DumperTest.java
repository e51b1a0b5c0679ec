package org.w3id.parley.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.dump.DumpFixture.*;

/** Dumps of the bundled data: round trips, byte-for-byte determinism, gzip, one graph, the JSON-LD context. */
class DumperTest {
    @TempDir
    Path dir;

    private static Dumper full() {
        return Dumper.create(store().datasetGraph()).build();
    }

    @TestFactory
    Stream<DynamicTest> everyFormatRoundTripsToTheStoreAndItsDescription() {
        DatasetGraph nq = parse(dump(full(), DumpFormat.NQUADS), DumpFormat.NQUADS);
        Set<String> store = quads(store().datasetGraph());
        return Stream.of(DumpFormat.values()).map(f -> DynamicTest.dynamicTest(f.id(), () -> {
            FETCHED.clear();
            DatasetGraph parsed = parse(dump(full(), f), f);
            assertEquals(List.of(), FETCHED, "network fetches while reading " + f.title());
            if (f.namedGraphs()) {
                // The data only: the description is published beside the dumps, not in them.
                assertSameLines(store, quads(parsed), f.title() + " vs the store");
                assertSameLines(quads(nq), quads(parsed), f.title() + " vs N-Quads");
                assertTrue(parsed.containsGraph(uri(Ids.ONTOLOGY_GRAPH)) && parsed.containsGraph(uri(Ids.REFERENCE_GRAPH)));
                assertFalse(parsed.getDefaultGraph().size() > 0, "no triples outside named graphs");
            } else {
                assertFalse(parsed.listGraphNodes().hasNext(), f.title() + " has no named graphs");
                assertSameLines(triples(nq), triples(parsed), f.title() + " vs the union of the N-Quads graphs");
            }
        }));
    }

    @Test
    void theSameStoreGivesTheSameBytes() {
        for (DumpFormat f : DumpFormat.values())
            assertArrayEquals(dump(full(), f), dump(full(), f), f.title());
    }

    @Test
    void aStoreLoadedInAnotherOrderGivesTheSameBytes() {
        // Same quads, written graph by graph in reverse order into a TDB2 folder: other node ids, other index order.
        List<Quad> all = new ArrayList<>();
        org.apache.jena.system.Txn.executeRead(store().datasetGraph(), () -> store().datasetGraph().find().forEachRemaining(all::add));
        Collections.reverse(all);
        List<String> graphs = new ArrayList<>(store().graphs());
        Collections.reverse(graphs);
        try (TdbStore other = TdbStore.open(dir.resolve("db"))) {
            for (String g : graphs)
                other.replaceGraphs(Set.of(g), sink -> all.stream().filter(q -> q.getGraph().getURI().equals(g)).forEach(sink));
            Dumper second = Dumper.create(other.datasetGraph()).build();
            for (DumpFormat f : DumpFormat.values())
                assertArrayEquals(dump(full(), f), dump(second, f), f.title());
        }
    }

    @Test
    void aSmallSortBufferSpillsToDiskAndChangesNothing() throws Exception {
        Dumper spilling = Dumper.create(store().datasetGraph()).sortBuffer(97).tempDir(dir).build();
        for (DumpFormat f : List.of(DumpFormat.NQUADS, DumpFormat.TURTLE, DumpFormat.JSONLD))
            assertArrayEquals(dump(full(), f), dump(spilling, f), f.title());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "temporary sort files are deleted");
        }
    }

    @Test
    void theSorterMergesRunsAndDropsRepeats() {
        try (LineSorter s = new LineSorter(3, dir, true)) {
            for (String line : List.of("d", "b", "a", "c", "b", "e", "a")) s.add(line);
            assertEquals(2, s.runs());
            List<String> out = new ArrayList<>();
            try (LineSorter.Merge m = s.sorted(List.of("bb", "z"))) {
                m.forEachRemaining(out::add);
            }
            assertEquals(List.of("a", "b", "bb", "c", "d", "e", "z"), out);
        }
    }

    @Test
    void manyRunsAreMergedBeforeTooManyFilesAreOpen() throws Exception {
        List<String> expected = new ArrayList<>();
        try (LineSorter s = new LineSorter(2, dir, false)) {
            for (int i = 999; i >= 0; i--) {
                String line = String.format("line %04d", i);
                s.add(line);
                expected.add(0, line);
                try (Stream<Path> files = Files.list(dir)) {
                    assertTrue(files.count() <= LineSorter.MAX_RUNS + 1, "temporary files at line " + i);
                }
            }
            List<String> out = new ArrayList<>();
            try (LineSorter.Merge m = s.sorted(List.of())) {
                m.forEachRemaining(out::add);
            }
            assertEquals(expected, out);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "closing deletes the runs");
        }
    }

    @Test
    void gzipWhenTheNameEndsInGz() throws Exception {
        Path gz = dir.resolve("parley.nq.gz");
        DumpSummary s = full().write(DumpFormat.NQUADS, gz);
        byte[] raw;
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            raw = in.readAllBytes();
        }
        assertArrayEquals(dump(full(), DumpFormat.NQUADS), raw);
        assertTrue(Files.size(gz) < raw.length / 3, "compressed: " + Files.size(gz) + " of " + raw.length);
        assertEquals(store().size(), s.statements(), "the data only: " + s);
        Path plain = dir.resolve("parley.nq");
        full().write(DumpFormat.NQUADS, plain);
        assertArrayEquals(raw, Files.readAllBytes(plain));
    }

    @Test
    void oneGraphHoldsExactlyThatGraphAndNoDescription() {
        String ref = Dumper.graphIri("reference");
        assertEquals(Ids.REFERENCE_GRAPH, ref);
        Dumper one = Dumper.create(store().datasetGraph()).graph(ref).build();
        DatasetGraph parsed = parse(dump(one, DumpFormat.TRIG), DumpFormat.TRIG);
        List<String> names = new ArrayList<>();
        parsed.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
        assertEquals(List.of(Ids.REFERENCE_GRAPH), names);
        Set<String> expected = new java.util.TreeSet<>();
        for (String q : quads(store().datasetGraph())) if (q.startsWith("<" + Ids.REFERENCE_GRAPH + "> ")) expected.add(q);
        assertSameLines(expected, quads(parsed), "graph reference");
        String ttl = new String(dump(one, DumpFormat.TURTLE), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("# The named graph <" + Ids.REFERENCE_GRAPH + "> only"), ttl.substring(0, 300));
        assertFalse(ttl.contains("void:triples"), "no description in a one-graph dump");
        assertEquals(Ids.sourceGraph("2025-04-ceasefire-lines"), Dumper.graphIri("2025-04-ceasefire-lines"));
        assertEquals(Ids.ONTOLOGY_GRAPH, Dumper.graphIri("ontology"));
    }

    @Test
    void anUnknownGraphIsRefusedByName() {
        Dumper none = Dumper.create(store().datasetGraph()).graph(Ids.sourceGraph("no-such-source")).build();
        var e = assertThrows(IllegalArgumentException.class, () -> dump(none, DumpFormat.NQUADS));
        assertTrue(e.getMessage().startsWith("Illegal graph=" + Ids.sourceGraph("no-such-source") + ": the store has no such graph"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dumper.graphIri("Not A Graph"));
        assertThrows(IllegalArgumentException.class, () -> DumpFormat.of("n3"));
    }

    @Test
    void unionFormatsSayTheyAreTheUnion() {
        // The ontology, the reference data, the two sources and the derived graph.
        for (DumpFormat f : List.of(DumpFormat.TURTLE, DumpFormat.NTRIPLES, DumpFormat.RDFXML)) {
            String text = new String(dump(full(), f), StandardCharsets.UTF_8);
            assertTrue(text.substring(0, 600).contains(f.title() + " has no named graphs: this is the union of the 5 named graphs"),
                    f.title() + ":\n" + text.substring(0, 600));
            String header = text.substring(0, text.indexOf("CC BY 4.0"));
            assertTrue(header.contains("Sorted by subject, predicate and object") && !header.contains("by graph"), f.title() + ":\n" + header);
        }
        String trig = new String(dump(full(), DumpFormat.TRIG), StandardCharsets.UTF_8);
        assertTrue(trig.substring(0, trig.indexOf("CC BY 4.0")).contains("Sorted by graph, subject, predicate and object"), trig.substring(0, 600));
    }

    @Test
    void linksOutToWikidataGeoNamesAndIsoCodesInEveryDump() {
        for (DumpFormat f : DumpFormat.values()) {
            Set<String> t = triples(parse(dump(full(), f), f));
            String crimea = "<" + Ids.entity("region", "crimea") + "> ";
            assertTrue(t.contains(crimea + "<https://w3id.org/parley/ontology#wikidata> <http://www.wikidata.org/entity/Q756294>"), f.id());
            assertTrue(t.contains(crimea + "<https://w3id.org/parley/ontology#geonames> <https://sws.geonames.org/703883/>"), f.id());
            assertTrue(t.contains(crimea + "<https://w3id.org/parley/ontology#iso3166Code> \"UA-43\""), f.id());
        }
    }

    @Test
    void turtleIsReadable() {
        String ttl = new String(dump(full(), DumpFormat.TURTLE), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("@base <https://w3id.org/parley/id/> ."));
        assertTrue(ttl.contains("\n<region/crimea>\n    a parley:Region ;\n"), "subject blocks with rdf:type first");
        assertTrue(ttl.contains("parley:wikidata wd:Q756294"));
    }

    @Test
    void jsonLdUsesTheContextsShortKeys() throws Exception {
        String json = new String(dump(full(), DumpFormat.JSONLD), StandardCharsets.UTF_8);
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertEquals(JsonLdContext.bundled().context(), doc.get("@context"), "the context is embedded as is");
        assertTrue(json.contains("\"holder\": \"pid:party/russia\""), "IRI-valued keys are coerced to @id");
        assertTrue(json.contains("\"@type\": \"Stance\""));
        assertTrue(json.contains("\"reportingBasis\": \"parley:"));
        assertTrue(json.contains("\"label\": \"Autonomous Republic of Crimea\""), "English is the default language of labels");
        assertFalse(json.contains(Dumper.DESCRIPTION_GRAPH), "the description is beside the dumps, not in them");
    }

    @Test
    void readingAJsonLdDumpNeverTouchesTheNetwork() {
        FETCHED.clear();
        parse(dump(full(), DumpFormat.JSONLD), DumpFormat.JSONLD);
        assertEquals(List.of(), FETCHED);
        // The guard works: a document with a remote context does try to fetch it.
        byte[] remote = "{\"@context\": \"https://example.org/context.jsonld\", \"@id\": \"http://x/a\", \"b\": 1}"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(RuntimeException.class, () -> parse(remote, DumpFormat.JSONLD));
        assertEquals("https://example.org/context.jsonld", FETCHED.get(0).toString());
    }

    @Test
    void theContextCoversTheOntologyAndDeclaresTheFixedPrefixes() {
        JsonLdContext ctx = JsonLdContext.bundled();
        assertEquals(Prefixes.MAP, ctx.prefixes());
        var onto = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(org.w3id.parley.TestSupport.ONTOLOGY.resolve("parley.ttl")).parse(onto);
        List<String> problems = new ArrayList<>();
        String owl = "http://www.w3.org/2002/07/owl#";
        for (String kind : List.of("Class", "ObjectProperty", "DatatypeProperty")) {
            onto.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.graph.NodeFactory.createURI(owl + kind))
                    .forEachRemaining(t -> {
                        String iri = t.getSubject().getURI();
                        if (iri == null || !iri.startsWith(org.w3id.parley.rdf.PARLEY.NS)) return;
                        JsonLdContext.Term term = ctx.term(iri);
                        String local = iri.substring(org.w3id.parley.rdf.PARLEY.NS.length());
                        if (term == null) problems.add(kind + " " + local + " has no term");
                        else if (!term.name().equals(local)) problems.add(local + " is called " + term.name());
                        else if (kind.equals("ObjectProperty") && !"@id".equals(term.type())) problems.add(local + " lacks @type @id");
                    });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void writeAllWritesEveryFormatAndTheirChecksums() throws Exception {
        List<Distribution> files = full().writeAll(dir.resolve("all"));
        assertEquals(Arrays.asList(DumpFormat.values()), files.stream().map(Distribution::format).toList());
        DatasetGraph description = parse(Files.readAllBytes(dir.resolve("all").resolve(Dumper.DESCRIPTION_FILE)), DumpFormat.TURTLE);
        Set<String> t = triples(description);
        for (Distribution d : files) {
            byte[] bytes = Files.readAllBytes(d.file());
            assertArrayEquals(dump(full(), d.format()), bytes, d.format().title());
            assertEquals(bytes.length, d.bytes());
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, d.sha256());
            String dist = "<" + Dumper.DATASET + "/dump/" + d.format().id() + ">";
            assertTrue(t.contains(dist + " <http://www.w3.org/ns/dcat#byteSize> \"" + bytes.length
                    + "\"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>"), d.format().id());
            assertTrue(t.contains("<" + Dumper.DATASET + "/dump/" + d.format().id() + "/sha256> <http://spdx.org/rdf/terms#checksumValue> \""
                    + sha + "\"^^<http://www.w3.org/2001/XMLSchema#hexBinary>"), d.format().id());
            assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("checksumValue"), "no dump holds a checksum");
        }
    }

    @Test
    void aBadBuilderValueIsRefusedAtTheSetter() {
        var b = Dumper.create(store().datasetGraph());
        assertEquals("Illegal sortBuffer=0: must be at least 1", assertThrows(IllegalArgumentException.class, () -> b.sortBuffer(0)).getMessage());
        assertEquals("Illegal modified=yesterday: must be a date yyyy-mm-dd",
                assertThrows(IllegalArgumentException.class, () -> b.modified("yesterday")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.dumpBase("https://example.org/dumps"));
        assertThrows(IllegalArgumentException.class, () -> b.sparqlEndpoint("relative/sparql"));
    }

    private static Node uri(String iri) {
        return org.apache.jena.graph.NodeFactory.createURI(iri);
    }

    static byte[] gunzip(byte[] gz) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
