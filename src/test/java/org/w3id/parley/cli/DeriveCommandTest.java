package org.w3id.parley.cli;

import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * {@code parley derive} and {@code derive --check} on a TDB2 folder: a derived graph edited by
 * hand, or left behind by data edited by hand, is caught with exit code 4 and repaired by
 * {@code derive}; a store filled before the derived layer is derived once when {@code query},
 * {@code report} or {@code serve} opens it. (The same through {@code --endpoint}: RemoteStoreContract.)
 */
@Integration
class DeriveCommandTest {
    static final String DERIVED = Ids.DERIVED_GRAPH;
    static final String ISTANBUL = Ids.sourceGraph("2025-05-16-istanbul-talks");
    static final String READY = Ids.entity("stance", "ukraine-ready-for-meeting-with-putin");

    @TempDir
    Path dir;
    Path db;
    /** Every quad of the store as the import left it. */
    List<String> imported;

    @BeforeEach
    void importTheBundledData() {
        db = dir.resolve("db");
        Run r = cli("import", "--db", db.toString(), DATA.toString());
        assertEquals(0, r.code(), r.err());
        imported = quads(db);
        assertFalse(byGraph(imported).getOrDefault(DERIVED, List.of()).isEmpty(), "the import derived something");
    }

    @Test
    void checkSaysAnImportedStoreIsExact() {
        Run r = cli("derive", "--check", "--db", db.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("the derived graph of TDB2 database " + db + " is exact: "
                + String.format("%,d", byGraph(imported).get(DERIVED).size()) + " quads"), r.out());
        assertEquals("", r.err());
        assertEquals(imported, quads(db), "check writes nothing");
    }

    @Test
    void aQuadAddedToTheDerivedGraphIsCaughtAndDeriveRemovesIt() {
        String added = "<" + READY + "> <https://w3id.org/parley/ontology#timelineStatus> \"forged\"";
        edit("INSERT DATA { GRAPH <" + DERIVED + "> { " + added + " } }");
        List<String> edited = quads(db);
        Run check = cli("derive", "--check", "--db", db.toString());
        assertEquals(4, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("; 0 missing, 1 unexpected"), check.out());
        assertTrue(check.out().contains("unexpected (stored, not derived): 1:\n  " + added + " <" + DERIVED + "> .\n"), check.out());
        assertTrue(check.out().endsWith("'parley derive --db " + db + "' recomputes it\n"), check.out());
        assertEquals(edited, quads(db), "check writes nothing");
        repairs();
    }

    @Test
    void aQuadRemovedFromTheDerivedGraphIsCaughtAndDeriveRestoresIt() {
        String removed = byGraph(imported).get(DERIVED).stream().filter(q -> q.startsWith("<" + READY + "> ")
                && q.contains("#effectiveDate>")).findFirst().orElseThrow();
        edit("DELETE DATA { GRAPH <" + DERIVED + "> { " + removed.substring(0, removed.lastIndexOf(" <")) + " } }");
        Run check = cli("derive", "--check", "--db", db.toString());
        assertEquals(4, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("; 1 missing, 0 unexpected"), check.out());
        assertTrue(check.out().contains("missing (derived, not stored): 1:\n  " + removed + "\n"), check.out());
        repairs();
    }

    /** A stance's date changed in its source graph, without deriving again: the derived dates are stale. */
    @Test
    void dataChangedWithoutDerivingIsCaughtAndDeriveFollowsIt() {
        edit("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "DELETE { GRAPH <" + ISTANBUL + "> { <" + READY + "> parley:statedOn ?d } }\n"
                + "INSERT { GRAPH <" + ISTANBUL + "> { <" + READY + "> parley:statedOn \"2025-06-01\"^^<http://www.w3.org/2001/XMLSchema#date> } }\n"
                + "WHERE { GRAPH <" + ISTANBUL + "> { <" + READY + "> parley:statedOn ?d } }");
        Run check = cli("derive", "--check", "--db", db.toString());
        assertEquals(4, check.code(), check.out() + check.err());
        String missing = check.out().substring(check.out().indexOf("missing (derived"), check.out().indexOf("unexpected (stored"));
        assertTrue(missing.contains("<" + READY + "> <https://w3id.org/parley/ontology#effectiveDate> \"2025-06-01\"^^"), check.out());
        String unexpected = check.out().substring(check.out().indexOf("unexpected (stored"));
        assertTrue(unexpected.contains("<" + READY + "> <https://w3id.org/parley/ontology#effectiveDate> \"2025-05-16\"^^"), check.out());
        Run derive = cli("derive", "--db", db.toString());
        assertEquals(0, derive.code(), derive.err());
        Run again = cli("derive", "--check", "--db", db.toString());
        assertEquals(0, again.code(), again.out());
        assertTrue(byGraph(quads(db)).get(DERIVED).stream().anyMatch(q -> q.startsWith("<" + READY + "> ")
                && q.contains("#effectiveEnd> \"2025-06-01\"")), "derived from the changed date");
    }

    @Test
    void deriveOnAStoreThatIsExactChangesNothing() {
        Run r = cli("derive", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("derived TDB2 database " + db + ": "
                + String.format("%,d", byGraph(imported).get(DERIVED).size()) + " quads in the derived graph ("), r.out());
        assertEquals(imported, quads(db));
    }

    @Test
    void deriveRefusesAMissingStoreAndTwoStores() {
        Run missing = cli("derive", "--check", "--db", dir.resolve("nothing").toString());
        assertEquals(3, missing.code(), missing.err());
        assertTrue(missing.err().startsWith("parley: no Parley store at "), missing.err());
        Run both = cli("derive", "--db", db.toString(), "--endpoint", "http://127.0.0.1:1/ds");
        assertEquals(1, both.code(), both.err());
        assertTrue(both.err().contains("--db and --endpoint are mutually exclusive"), both.err());
    }

    /** A store filled before the derived layer: stances, and no derived graph. */
    private void dropTheDerivedGraph() {
        edit("DROP GRAPH <" + DERIVED + ">");
        assertNull(byGraph(quads(db)).get(DERIVED));
    }

    @Test
    void queryDerivesAStoreFromBeforeTheDerivedLayerOnceAndSaysSo() {
        dropTheDerivedGraph();
        Run first = cli("query", "--db", db.toString(), "--format", "csv", "sources");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().startsWith("parley: TDB2 database " + db + " had no derived graph (it was filled before the"
                + " derived layer); derived it: " + String.format("%,d", byGraph(imported).get(DERIVED).size()) + " quads ("), first.err());
        assertEquals(1, first.err().lines().count(), first.err());
        assertEquals(imported, quads(db), "the store is what an import writes");
        Run second = cli("query", "--db", db.toString(), "--format", "csv", "sources");
        assertEquals("", second.err(), "derived once");
        assertEquals(first.out(), second.out());
    }

    @Test
    void reportDerivesAStoreFromBeforeTheDerivedLayer() {
        dropTheDerivedGraph();
        Run r = cli("report", "--db", db.toString(), "--out", dir.resolve("report.html").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(" had no derived graph (it was filled before the derived layer); derived it: "), r.err());
        assertEquals(imported, quads(db));
    }

    /** serve derives before it listens: a busy port stops it after the derivation, not before. */
    @Test
    void serveDerivesAStoreFromBeforeTheDerivedLayerBeforeListening() throws Exception {
        dropTheDerivedGraph();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = cli("serve", "--db", db.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().startsWith("parley: TDB2 database " + db + " had no derived graph"), r.err());
            assertTrue(r.err().contains("parley: cannot listen on "), r.err());
        }
        assertEquals(imported, quads(db));
    }

    /** A store without stances, whose derived graph holds no timeline, is not taken for a store from before. */
    @Test
    void aStoreWithoutStancesIsNotDerivedOnOpen() {
        Path reference = dir.resolve("reference-only");
        Run imp = cli("import", "--db", reference.toString(), DATA.resolve("reference").toString());
        assertEquals(0, imp.code(), imp.err());
        List<String> before = quads(reference);
        // The import derived what reference data alone gives (the zone's candidates); no stance, so no timeline.
        assertFalse(String.join("\n", byGraph(before).getOrDefault(DERIVED, List.of())).contains("#timelineStatus>"));
        Run q = cli("query", "--db", reference.toString(), "--format", "csv", "sources");
        assertEquals(0, q.code(), q.err());
        assertEquals("", q.err());
        assertEquals(before, quads(reference));
        Run check = cli("derive", "--check", "--db", reference.toString());
        assertEquals(0, check.code(), check.out());
        assertTrue(check.out().contains("is exact: "), check.out());
    }

    /** derive --check fails on any difference; derive then leaves exactly what the import wrote. */
    private void repairs() {
        Run derive = cli("derive", "--db", db.toString());
        assertEquals(0, derive.code(), derive.err());
        assertSameQuads(imported, quads(db), "after derive");
        Run again = cli("derive", "--check", "--db", db.toString());
        assertEquals(0, again.code(), again.out());
    }

    /** A hand edit: SPARQL Update on the TDB2 folder, as any tool might make. */
    private void edit(String update) {
        try (TdbStore s = TdbStore.open(db); RDFConnection c = s.connect()) {
            c.update(update);
        }
    }
}
