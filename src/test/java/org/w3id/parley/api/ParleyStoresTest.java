package org.w3id.parley.api;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.DumpSummary;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.load.RetractException;
import org.w3id.parley.model.Document;
import org.w3id.parley.model.Party;
import org.w3id.parley.model.Proposal;
import org.w3id.parley.model.Provision;
import org.w3id.parley.model.Source;
import org.w3id.parley.model.Stance;
import org.w3id.parley.query.BadParameterException;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.InvalidQueryException;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.StoreException;
import org.w3id.parley.store.TdbStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every public method of {@link Parley} on each kind of store: in memory, TDB2 in a temporary
 * folder, and a Fuseki server on loopback reached over HTTP.
 */
@Integration
class ParleyStoresTest {
    /** The kinds of store a {@link Parley} opens. */
    enum Kind { MEMORY, TDB2, FUSEKI }

    @TempDir
    Path dir;

    private TdbStore backing;
    private FusekiServer server;

    @AfterEach
    void stopServer() {
        if (server != null) server.stop();
        if (backing != null) backing.close();
    }

    private Parley open(Kind kind) {
        return switch (kind) {
            case MEMORY -> Parley.inMemory();
            case TDB2 -> Parley.open(dir.resolve("db"));
            case FUSEKI -> Parley.connect(fuseki());
        };
    }

    /** A Fuseki server on loopback over an in-memory dataset; its dataset URL. */
    private String fuseki() {
        backing = TdbStore.inMemory();
        server = FusekiServer.create().port(0).loopback(true).add("/ds", backing.datasetGraph(), true).build().start();
        return "http://localhost:" + server.getHttpPort() + "/ds";
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyMethodAnswersOnEveryStore(Kind kind) throws Exception {
        try (Parley parley = open(kind)) {
            // Documents built in Java (a reference document replaces the reference graph, so first).
            ImportSummary docs = parley.importDocuments(reference(), source("stores-test"));
            assertEquals(2, docs.files());
            assertEquals(List.of("stores-test-stance"), parley.stancesOf("stores-party").stream().map(Records.StanceInfo::id).toList());
            assertEquals(List.of("stores-test-stance"), parley.stancesOn("proposal/stores-test-plan").stream().map(Records.StanceInfo::id).toList());

            // Bad documents: nothing written, the problem located.
            long before = parley.store().size();
            Document dangling = Document.builder().set("source", Source.builder().set("id", "stores-bad")
                    .set("title", "Bad").build())
                    .add("stances", Stance.builder().set("id", "stores-bad-stance").set("holder", "nobody")
                            .set("target", "option/none")
                            .set("position", "supports").set("basis", "on-record").build()).build();
            var bad = assertThrows(InvalidInputException.class, () -> parley.importDocuments(reference(), dangling));
            assertTrue(bad.problems().stream().anyMatch(p -> p.pointer().equals("/stances/0/holder")), bad.problems().toString());
            assertEquals(before, parley.store().size());

            // Retract: the source goes, and with it its stances.
            Set<String> dropped = parley.retract("stores-test");
            assertEquals(Set.of(Ids.sourceGraph("stores-test")), dropped);
            assertEquals(List.of(), parley.stancesOf("stores-party"));
            assertThrows(RetractException.class, () -> parley.retract("stores-test"));

            // The bundled data, then the same data as files.
            ImportSummary bundled = parley.importBundled();
            long size = parley.store().size();
            assertTrue(size > 1000, kind + " holds " + size + " quads");
            ImportSummary files = parley.importPaths(Path.of("data"));
            assertEquals(bundled.files(), files.files());
            assertEquals(size, parley.store().size(), "re-importing the same files changes nothing");

            typedReadsAgreeWithTheCatalog(parley);
            rawSparql(parley);

            // Dumps: every format from an embedded store; a remote one refuses, naming its endpoint.
            if (kind == Kind.FUSEKI) {
                var e = assertThrows(StoreException.class, () -> parley.dump(DumpFormat.NQUADS, new ByteArrayOutputStream()));
                assertEquals(((RemoteStore) parley.store()).queryEndpoint(), e.endpoint());
                assertTrue(e.getMessage().contains("only an embedded store can be dumped"), e.getMessage());
                assertThrows(StoreException.class, () -> parley.dump(DumpFormat.TURTLE, dir.resolve("x.ttl")));
                assertFalse(Files.exists(dir.resolve("x.ttl")));
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                DumpSummary s = parley.dump(DumpFormat.NQUADS, out);
                Model dumped = ModelFactory.createDefaultModel();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(DumpFormat.NQUADS.lang()).parse(dumped);
                assertTrue(s.toString().length() > 0);
                assertTrue(out.size() > 10_000);
                Path file = dir.resolve("parley.ttl.gz");
                parley.dump(DumpFormat.TURTLE, file);
                assertTrue(Files.size(file) > 1000);
            }
            assertSame(parley.store(), parley.store());
        }
    }

    private static void typedReadsAgreeWithTheCatalog(Parley parley) {
        Records.PartyInfo ukraine = parley.parties().stream().filter(p -> p.id().equals("ukraine")).findFirst().orElseThrow();
        assertEquals(new Records.PartyInfo("ukraine", "State", "Ukraine", "Q212", null), ukraine);
        assertEquals(ids(parley.sparql("PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?party {"
                + " VALUES ?type { parley:State parley:InternationalOrganization parley:Group } ?party a ?type }"), "party"),
                parley.parties().stream().map(Records.PartyInfo::id).collect(Collectors.toCollection(TreeSet::new)));

        Records.PersonInfo zelenskyy = parley.persons().stream().filter(p -> p.id().equals("volodymyr-zelenskyy")).findFirst().orElseThrow();
        assertTrue(zelenskyy.roles().stream().anyMatch(r -> "ukraine".equals(r.onBehalfOf()) && r.roleType().equals("head-of-state")));

        assertEquals(6, parley.regions().size());
        int claims = parley.regions().stream().mapToInt(r -> r.controlClaims().size()).sum();
        assertEquals(parley.query("control-claims", Map.of()).size(), claims);

        Records.ProposalInfo us = parley.proposals().stream().filter(p -> p.id().equals("us-framework")).findFirst().orElseThrow();
        assertEquals("united-states", us.author());
        assertEquals(ids(parley.sparql("SELECT ?pv { <" + Ids.entity("proposal", "us-framework") + "> "
                + "<https://w3id.org/parley/ontology#hasProvision> ?pv }"), "pv"),
                us.provisions().stream().map(Records.ProvisionInfo::id).collect(Collectors.toCollection(TreeSet::new)));

        // Sourcing carries the source's hedging words.
        assertTrue(parley.stances().stream().anyMatch(s -> "some openness".equals(s.sourcing().hedge())),
                "a stance with its hedge");

        // stancesOf and stancesOn answer exactly what the catalog answers.
        for (Records.PartyInfo p : parley.parties())
            assertEquals(ids(parley.query("stances-by-party", Map.of("party", p.id())), "stance"),
                    ids(parley.stancesOf(p.id())), "stances of " + p.id());
        Set<String> targets = parley.stances().stream().map(Records.StanceInfo::target).collect(Collectors.toCollection(TreeSet::new));
        for (String target : targets) {
            Set<String> catalog = parley.query("stances-by-target", Map.of("target", target)).stream()
                    .filter(r -> r.get("link").equals("the target itself")).map(r -> slug(r.get("stance")))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(catalog, ids(parley.stancesOn(target)), "stances on " + target);
        }
        // ...and refuse what the catalog refuses.
        var nobody = assertThrows(BadParameterException.class, () -> parley.stancesOf("nobody"));
        assertTrue(nobody.getMessage().contains("no party https://w3id.org/parley/id/party/nobody"), nobody.getMessage());
        var bare = assertThrows(BadParameterException.class, () -> parley.stancesOn("ukraine"));
        assertTrue(bare.getMessage().contains("needs its kind"), bare.getMessage());
        assertThrows(BadParameterException.class, () -> parley.stancesOn("party/ukraine"));

        // The catalog, by name, and the typed views over its queries.
        assertTrue(parley.catalog().all().stream().map(CatalogQuery::name).toList().contains("stance-matrix"));
        List<Records.MatrixCell> matrix = parley.stanceMatrix("us-framework");
        assertEquals(parley.query("stance-matrix", Map.of("proposal", "us-framework")).size(), matrix.size());
        assertTrue(matrix.stream().anyMatch(c -> c.position().equals("no known position")));
        assertEquals(parley.query("stance-matrix", Map.of()).size(), parley.stanceMatrix(null).size());
        List<Records.Conflict> conflicts = parley.conflicts("ukraine");
        assertFalse(conflicts.isEmpty());
        assertTrue(conflicts.stream().allMatch(c -> c.forParty().equals("ukraine") || c.againstParty().equals("ukraine")));
        assertEquals(parley.query("conflicts", Map.of()).size(), parley.conflicts(null).size());
        assertTrue(parley.stancesAsOf("2025-04-29", null, null).isEmpty());
        List<Records.PositionAsOf> asOf = parley.stancesAsOf("2025-04-30", "ukraine", null);
        assertFalse(asOf.isEmpty());
        assertTrue(asOf.stream().allMatch(p -> p.party().equals("ukraine")));
        assertThrows(BadParameterException.class, () -> parley.stancesAsOf("April", null, null));
    }

    private static void rawSparql(Parley parley) throws Exception {
        String region = "<https://w3id.org/parley/ontology#Region>";
        assertEquals("6", parley.sparql("SELECT (COUNT(*) AS ?n) { ?s a " + region + " }").get(0).get("n"));
        assertTrue(parley.ask("ASK { <" + Ids.entity("region", "crimea") + "> a " + region + " }"));
        assertFalse(parley.ask("ASK { <" + Ids.entity("region", "atlantis") + "> a " + region + " }"));

        String construct = "CONSTRUCT { ?s a " + region + " } WHERE { ?s a " + region + " }";
        for (DumpFormat f : DumpFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(6, parley.construct(construct, f, out), f.id());
            Model m = ModelFactory.createDefaultModel();
            if (f.namedGraphs()) {
                var ds = org.apache.jena.query.DatasetFactory.create();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f.lang()).parse(ds);
                m = ds.getDefaultModel();
            } else {
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f.lang()).parse(m);
            }
            assertEquals(6, m.size(), f.id() + " reads back the triples written");
        }
        ByteArrayOutputStream described = new ByteArrayOutputStream();
        assertTrue(parley.construct("DESCRIBE <" + Ids.entity("region", "crimea") + ">", DumpFormat.NTRIPLES, described) > 0);

        var syntax = assertThrows(InvalidQueryException.class, () -> parley.sparql("SELECT WHERE nonsense"));
        assertTrue(syntax.getMessage().contains("SPARQL syntax error"), syntax.getMessage());
        var form = assertThrows(InvalidQueryException.class, () -> parley.sparql("ASK { ?s ?p ?o }"));
        assertTrue(form.getMessage().contains("use ask(...)"), form.getMessage());
        assertThrows(InvalidQueryException.class, () -> parley.ask("SELECT * { ?s ?p ?o }"));
        assertThrows(InvalidQueryException.class, () -> parley.construct("ASK { ?s ?p ?o }", DumpFormat.TURTLE, new ByteArrayOutputStream()));
    }

    private static Set<String> ids(List<Row> rows, String column) {
        return rows.stream().map(r -> slug(r.get(column))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(List<Records.StanceInfo> stances) {
        return stances.stream().map(Records.StanceInfo::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String slug(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"MEMORY", "FUSEKI"})
    void ofWrapsAStoreOfOnesOwn(Kind kind) {
        try (Parley parley = Parley.of(kind == Kind.MEMORY ? TdbStore.inMemory() : RemoteStore.at(fuseki()).build())) {
            parley.importDocuments(reference(), source("of-test"));
            assertEquals(List.of("of-test-stance"), parley.stancesOf("stores-party").stream().map(Records.StanceInfo::id).toList());
            assertEquals(List.of("of-test-stance"), parley.stancesOn("proposal/of-test-plan").stream().map(Records.StanceInfo::id).toList());
        }
    }

    @org.junit.jupiter.api.Test
    void validateChecksFilesWithoutAStore() throws Exception {
        Parley.validate(Path.of("data"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"parties\": [ { \"id\": \"Not A Slug\", \"type\": \"State\", \"label\": \"X\" } ] }");
        var e = assertThrows(InvalidInputException.class, () -> Parley.validate(broken));
        assertEquals(broken.toString(), e.problems().get(0).file());
        assertEquals("/parties/0/id", e.problems().get(0).pointer());
    }

    private static Document reference() {
        return Document.builder().add("parties", Party.builder().set("id", "stores-party").set("type", "State")
                .set("label", "Stores party").build()).build();
    }

    private static Document source(String id) {
        return Document.builder().set("source", Source.builder().set("id", id).set("title", "Source " + id).build())
                .add("proposals", Proposal.builder().set("id", id + "-plan").set("label", "Plan")
                        .set("author", "stores-party").set("status", "floated")
                        .set("basis", "on-record").add("provisions", Provision.builder().set("id", id + "-term")
                                .set("label", "Term").build()).build())
                .add("stances", Stance.builder().set("id", id + "-stance").set("holder", "stores-party")
                        .set("target", "proposal/" + id + "-plan")
                        .set("position", "supports").set("basis", "on-record").build())
                .build();
    }
}
