package org.w3id.parley.dump;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.rdf.Ids;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.dump.DumpFixture.*;

/**
 * The VoID and DCAT description that {@link Dumper#writeAll} writes beside the dumps: its counts
 * equal the store's, it states licence, provenance and version, and it names a SPARQL endpoint
 * only when given one. (The dumps themselves hold no description: see {@link DumperTest}.)
 */
class DescriptionTest {
    private static final String PREFIXES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String D = "<" + Dumper.DESCRIPTION_GRAPH + ">";
    private static final String DS = "<" + Dumper.DATASET + ">";

    /** Runs a two-column SELECT (key, count) and returns key → count. */
    private static Map<String, Long> counts(DatasetGraph dsg, String query) {
        Map<String, Long> out = new TreeMap<>();
        Dataset ds = DatasetFactory.wrap(dsg);
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> out.put(
                        s.contains("k") ? s.get("k").toString() : "", s.getLiteral("n").getLong()));
            }
        });
        return out;
    }

    @TempDir
    static Path dir;
    private static int runs;

    /** description.ttl as written by writeAll, loaded into the graph D so the queries name it. */
    private static DatasetGraph dumped(Dumper d) {
        Path out = dir.resolve("run-" + (++runs));
        d.writeAll(out);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Graph g = RDFParser.source(out.resolve(Dumper.DESCRIPTION_FILE)).lang(Lang.TURTLE)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).toGraph();
        Txn.executeWrite(dsg, () -> dsg.addGraph(NodeFactory.createURI(Dumper.DESCRIPTION_GRAPH), g));
        return dsg;
    }

    @Test
    void voidCountsEqualTheStoresRealCounts() {
        DatasetGraph store = store().datasetGraph();
        DatasetGraph dump = dumped(Dumper.create(store).build());

        // What the store holds, asked with SPARQL over its named graphs.
        Map<String, Long> triples = counts(store, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
        Map<String, Long> subjects = counts(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        Map<String, Long> properties = counts(store, "SELECT ?k (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?k ?o { GRAPH ?g { ?s ?k ?o } } } GROUP BY ?k");
        Map<String, Long> classes = counts(store, "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?k } } GROUP BY ?k");
        Map<String, Long> graphs = counts(store, "SELECT ?k (COUNT(*) AS ?n) { GRAPH ?k { ?s ?p ?o } } GROUP BY ?k");

        // What the description says.
        assertEquals(triples, counts(dump, "SELECT (?t AS ?n) { GRAPH " + D + " { " + DS + " void:triples ?t } }"));
        assertEquals(subjects, counts(dump, "SELECT (?t AS ?n) { GRAPH " + D + " { " + DS + " void:distinctSubjects ?t } }"));
        assertEquals(properties, counts(dump, "SELECT ?k ?n { GRAPH " + D + " { " + DS
                + " void:propertyPartition ?pp . ?pp void:property ?k ; void:triples ?n } }"));
        assertEquals(classes, counts(dump, "SELECT ?k ?n { GRAPH " + D + " { " + DS
                + " void:classPartition ?cp . ?cp void:class ?k ; void:entities ?n } }"));
        assertEquals(graphs, counts(dump, "SELECT ?k ?n { GRAPH " + D + " { " + DS + " void:subset ?k . ?k void:triples ?n FILTER NOT EXISTS { ?k a void:Linkset } } }"));
        assertEquals(Map.of("", (long) properties.size()), counts(dump, "SELECT (?t AS ?n) { GRAPH " + D + " { " + DS + " void:properties ?t } }"));
        assertEquals(Map.of("", (long) classes.size()), counts(dump, "SELECT (?t AS ?n) { GRAPH " + D + " { " + DS + " void:classes ?t } }"));
        assertEquals(Map.of("", store().size()), Map.of("", graphs.values().stream().mapToLong(Long::longValue).sum()));
        assertEquals(properties.get("https://w3id.org/parley/ontology#wikidata"), counts(dump, "SELECT ?n { GRAPH " + D
                + " { ?ls void:linkPredicate <https://w3id.org/parley/ontology#wikidata> ; void:objectsTarget <https://www.wikidata.org/> ; void:triples ?n } }").get(""));
    }

    @Test
    void theDescriptionStatesLicenceProvenanceVersionAndWhereTheDataIs() {
        DatasetGraph dump = dumped(Dumper.create(store().datasetGraph()).build());
        Map<String, Long> ask = counts(dump, """
                SELECT (COUNT(*) AS ?n) { GRAPH <%s> {
                  <%s> a void:Dataset, dcat:Dataset ;
                     dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
                     prov:wasDerivedFrom <%s> ;
                     owl:versionInfo "1.1.0" ;
                     dcterms:conformsTo <https://w3id.org/parley/ontology/1.1.0> ;
                     dcterms:modified "2025-05-17"^^<http://www.w3.org/2001/XMLSchema#date> ;
                     void:uriSpace "https://w3id.org/parley/id/" ;
                     void:vocabulary <https://w3id.org/parley/ontology#> ;
                     void:dataDump <https://w3id.org/parley/dump/parley.nt> ;
                     dcat:distribution ?d .
                  ?d dcat:mediaType <https://www.iana.org/assignments/media-types/application/n-quads> ;
                     dcat:downloadURL <https://w3id.org/parley/dump/parley.nq> } }
                """.formatted(Dumper.DESCRIPTION_GRAPH, Dumper.DATASET, Ids.entity("source", "2025-04-ceasefire-lines")));
        assertEquals(Map.of("", 1L), ask);
        // One distribution per format, and description.ttl.
        assertEquals(Map.of("", 7L), counts(dump, "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH " + D + " { " + DS + " dcat:distribution ?d } }"));
        // One void:dataDump: VoID reads several as parts to load together, and the formats are the same data.
        assertEquals(Map.of("", 1L), counts(dump, "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH " + D + " { " + DS + " void:dataDump ?d } }"));
        // No endpoint unless one is given: a localhost address means nothing to whoever downloads the dumps.
        assertEquals(Map.of("", 0L), counts(dump, "SELECT (COUNT(*) AS ?n) { GRAPH " + D + " { ?s void:sparqlEndpoint ?e } }"));
    }

    @Test
    void everyVocabularyInUseIsListedAndKnownVocabulariesHaveReadablePartitionNames() {
        DatasetGraph dump = dumped(Dumper.create(store().datasetGraph()).build());
        Map<String, Long> vocabularies = counts(dump, "SELECT ?k (1 AS ?n) { GRAPH " + D + " { " + DS + " void:vocabulary ?k } }");
        assertTrue(vocabularies.containsKey("http://purl.org/vocab/vann/"), "vann is used by the ontology header: " + vocabularies.keySet());
        // Every property and class namespace of the store is a listed vocabulary.
        Map<String, Long> terms = counts(store().datasetGraph(), "SELECT ?k (1 AS ?n) { { GRAPH ?g { ?s ?k ?o } } UNION { GRAPH ?g { ?s a ?k } } }");
        for (String term : terms.keySet()) {
            if (term.startsWith("https://w3id.org/parley/id/")) continue;
            assertTrue(vocabularies.keySet().stream().anyMatch(term::startsWith), term + " has no void:vocabulary: " + vocabularies.keySet());
        }
        // Partitions of terms in known vocabularies are named prefix-local, never by a hash.
        Map<String, Long> partitions = counts(dump, "SELECT ?k (1 AS ?n) { GRAPH " + D + " { " + DS
                + " void:propertyPartition|void:classPartition ?k } }");
        List<String> hashed = partitions.keySet().stream().filter(k -> k.matches(".*/h-[0-9a-f]+")).toList();
        assertEquals(List.of(), hashed, "hash-named partitions");
        assertTrue(partitions.containsKey(Dumper.DATASET + "/property/vann-preferredNamespacePrefix"), partitions.keySet().toString());
    }

    @Test
    void theDescriptionPointsToTheFileWithSizesAndChecksums() {
        DatasetGraph dump = dumped(Dumper.create(store().datasetGraph()).build());
        String ask = """
                SELECT (COUNT(*) AS ?n) { GRAPH <%s> {
                  <%s> rdfs:seeAlso <%s> ; dcat:distribution ?d .
                  ?d a dcat:Distribution ;
                     dcat:mediaType <https://www.iana.org/assignments/media-types/text/turtle> ;
                     dcat:downloadURL <%s> ;
                     dcterms:license <https://creativecommons.org/licenses/by/4.0/> } }
                """;
        String file = Dumper.DEFAULT_DUMP_BASE + Dumper.DESCRIPTION_FILE;
        assertEquals(Map.of("", 1L), counts(dump, ask.formatted(Dumper.DESCRIPTION_GRAPH, Dumper.DATASET, file, file)));
        String elsewhere = "https://data.example.org/parley/" + Dumper.DESCRIPTION_FILE;
        DatasetGraph moved = dumped(Dumper.create(store().datasetGraph()).dumpBase("https://data.example.org/parley/").build());
        assertEquals(Map.of("", 1L), counts(moved, ask.formatted(Dumper.DESCRIPTION_GRAPH, Dumper.DATASET, elsewhere, elsewhere)));
    }

    @Test
    void endpointDumpLocationAndDateCanBeGiven() {
        DatasetGraph dump = dumped(Dumper.create(store().datasetGraph()).sparqlEndpoint("https://parley.example.org/parley/sparql")
                .dumpBase("https://data.example.org/parley/").modified("2026-01-02").build());
        assertEquals(Map.of("", 1L), counts(dump, "SELECT (COUNT(*) AS ?n) { GRAPH " + D + " { " + DS
                + " void:sparqlEndpoint <https://parley.example.org/parley/sparql> ; void:dataDump <https://data.example.org/parley/parley.nt> ;"
                + " dcterms:modified \"2026-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> } }"));
        assertEquals(List.of(), List.copyOf(counts(dump, "SELECT ?k (1 AS ?n) { GRAPH " + D + " { " + DS + " dcterms:modified ?k FILTER(STR(?k) != \"2026-01-02\") } }").keySet()));
    }
}
