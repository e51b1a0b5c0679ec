package org.w3id.parley.api;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.InvalidArgumentException;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.InvalidQueryException;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.query.UnknownQueryException;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the command-line verbs do through {@link Parley}, as a library user would call it: fill an
 * empty store, derive a missing derived graph, resolve and run a query named as on the command
 * line, and the staging graphs an embedded store never has.
 */
class ParleyVerbsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyStoreGetsTheBundledDataOnceAndAMissingDerivedGraphIsDerived() {
        TdbStore tdb = TdbStore.inMemory();
        try (Parley parley = Parley.of(tdb)) {
            assertTrue(parley.isEmpty());
            assertTrue(parley.importBundledIfEmpty().isPresent(), "an empty store is filled");
            assertFalse(parley.isEmpty());
            assertTrue(parley.importBundledIfEmpty().isEmpty(), "a store with data is left as it is");
            assertEquals(Parley.DerivedGraph.PRESENT, parley.deriveIfMissing());
            long derived = parley.derivedSize();
            assertTrue(derived > 0, "the import derived the graph");

            DatasetGraph dsg = tdb.datasetGraph();
            Txn.executeWrite(dsg, () -> dsg.removeGraph(NodeFactory.createURI(Ids.DERIVED_GRAPH)));
            assertEquals(0, parley.derivedSize());
            assertEquals(Parley.DerivedGraph.DERIVED, parley.deriveIfMissing(), "a store without its derived graph gets it");
            assertEquals(derived, parley.derivedSize());
            assertTrue(parley.checkDerived().equal(), "the same graph as the import derived");

            assertEquals(Map.of(), parley.stagingGraphs(), "an embedded store writes in transactions: no staging graphs");
            assertThrows(IllegalArgumentException.class, () -> parley.dropStaging(Set.of()));
        }
    }

    @Test
    void aQueryIsACatalogNameOrAFileWithOrWithoutAHeader() throws Exception {
        assertEquals("stances-by-party", Parley.resolveQuery("stances-by-party").name());
        var unknown = assertThrows(UnknownQueryException.class, () -> Parley.resolveQuery("no-such-query"));
        assertEquals("no catalog query or file named 'no-such-query'; try 'parley query --list'", unknown.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.rq"), "SELECT ?x {");
        assertThrows(InvalidQueryException.class, () -> Parley.resolveQuery(broken.toString()),
                "a syntax error is found before any store is opened");
        assertThrows(InvalidArgumentException.class, () -> Parley.resolveQuery(dir.resolve("missing.rq").toString()));

        Path plain = Files.writeString(dir.resolve("label.rq"),
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?label { ?party rdfs:label ?label }");
        CatalogQuery q = Parley.resolveQuery(plain.toString());
        try (Parley parley = Parley.inMemory()) {
            parley.importBundled();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            parley.query(q, Map.of("party", "https://w3id.org/parley/id/party/ukraine"), ResultFormat.CSV, out);
            assertEquals("label\r\nUkraine\r\n", out.toString(StandardCharsets.UTF_8), "a variable of a plain file is bound as a term");

            out.reset();
            parley.query(Parley.resolveQuery("stances-by-party"), Map.of("party", "ukraine", "position", "red-line"),
                    ResultFormat.CSV, out);
            assertEquals(parley.query("stances-by-party", Map.of("party", "ukraine", "position", "red-line")).size() + 1,
                    out.toString(StandardCharsets.UTF_8).strip().split("\r\n").length, "the catalog query's rows, and a header");
        }
    }
}
