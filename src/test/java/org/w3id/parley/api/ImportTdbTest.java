package org.w3id.parley.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** Importing the project's data into a real TDB2 folder, then reading it back with SPARQL. */
class ImportTdbTest {
    @TempDir
    Path dir;

    @Test
    void importsDataIntoNamedGraphsAndQueriesSeeTheUnion() throws Exception {
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            ImportSummary s = Importer.run(store, Input.of(List.of(DATA)), 100);
            assertTrue(s.quads() > 100, "quads written: " + s);
            assertTrue(store.graphs().contains(Ids.ONTOLOGY_GRAPH));
            assertTrue(store.graphs().contains(Ids.REFERENCE_GRAPH));
            assertTrue(store.graphs().contains(Ids.sourceGraph("2025-04-ceasefire-lines")), store.graphs().toString());
            // No GRAPH clause: the default graph is the union of the named graphs.
            assertEquals("6", value(store, "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a parley:Region }"));
            // GRAPH clauses still reach a source's own graph.
            String inSource = value(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + Ids.sourceGraph("2025-04-ceasefire-lines")
                    + "> { ?s a parley:Stance } }");
            assertTrue(Integer.parseInt(inSource) > 0, "stances in the source graph: " + inSource);
            assertEquals("0", value(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + Ids.REFERENCE_GRAPH + "> { ?s a parley:Stance } }"));
        }
    }

    @Test
    void noBlankNodesAnywhere() throws Exception {
        assertEquals("0", value(sharedBundledStore(), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) } }"));
    }

    @Test
    void reimportingTheSameInputLeavesTheSameQuads() throws Exception {
        try (TdbStore store = TdbStore.open(dir.resolve("db2"))) {
            Importer.run(store, Input.of(List.of(DATA)), 100);
            long first = store.size();
            List<List<String>> before = select(store, "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o");
            Importer.run(store, Input.of(List.of(DATA)), 100);
            assertEquals(first, store.size());
            assertEquals(before, select(store, "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o"));
        }
    }
}
