package org.w3id.parley.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Sources;
import org.w3id.parley.Integration;
import org.w3id.parley.rdf.Ids;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** {@code parley retract}: drops source graphs all or nothing, and refuses what it cannot do cleanly. */
@Integration
class RetractTest {
    @TempDir
    Path dir;
    Path db;
    List<String> before;

    @BeforeEach
    void importTwoSourcesOnTheBundledData() {
        db = dir.resolve("db");
        Run r = cli("import", "--db", db.toString(), DATA.toString(), GOOD.resolve("two-sources").toString());
        assertEquals(0, r.code(), r.err());
        before = quads(db);
    }

    @Test
    void retractDropsExactlyTheSourcesGraph() {
        Run r = cli("retract", "--db", db.toString(), "talks-b");
        assertEquals(0, r.code(), r.err());
        assertEquals("retracted source talks-b from TDB2 database " + db + "\n", r.out());
        Map<String, List<String>> was = byGraph(before), now = byGraph(quads(db));
        was.remove(Ids.sourceGraph("talks-b"));
        // The derived graph is recomputed without the source (checked in the next test).
        was.remove(Ids.DERIVED_GRAPH);
        now.remove(Ids.DERIVED_GRAPH);
        assertEquals(was, now);
    }

    /**
     * Retracting a source recomputes the derived graph without it: the store is exactly what a
     * fresh import of the remaining sources writes. The bundled Istanbul stance follows one of
     * the retracted source's (previousStance), which must go with it.
     */
    @Test
    void retractingASourceLeavesWhatAFreshImportOfTheRemainingSourcesWrites() throws java.io.IOException {
        String ceasefire = Ids.sourceGraph("2025-04-ceasefire-lines");
        List<String> derivedBefore = byGraph(before).get(Ids.DERIVED_GRAPH);
        assertTrue(derivedBefore.stream().anyMatch(q -> q.contains("#previousStance> <" + Ids.entity("stance", "zelenskyy-open-to-direct-talks") + ">")),
                "a derived quad rests on the source to retract");
        Run r = cli("retract", "--db", db.toString(), "2025-04-ceasefire-lines");
        assertEquals(0, r.code(), r.err());
        Path rest = dir.resolve("rest");
        copyFiles(DATA.resolve("reference"), rest.resolve("reference"));
        java.nio.file.Files.createDirectories(rest.resolve("sources"));
        java.nio.file.Files.copy(DATA.resolve("sources/2025-05-16-istanbul-talks.json"), rest.resolve("sources/2025-05-16-istanbul-talks.json"));
        Path fresh = dir.resolve("fresh");
        Run imp = cli("import", "--db", fresh.toString(), rest.toString(), GOOD.resolve("two-sources").toString());
        assertEquals(0, imp.code(), imp.err());
        List<String> now = quads(db);
        assertSameQuads(quads(fresh), now, "after retracting " + ceasefire);
        assertNotEquals(derivedBefore, byGraph(now).get(Ids.DERIVED_GRAPH));
    }

    @Test
    void anUnknownSourceIsRefusedWithExitTwoAndNothingIsDropped() {
        Run r = cli("retract", "--db", db.toString(), "talks-b", "no-such-source");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("parley: unknown source \"no-such-source\": not in TDB2 database " + db
                + "; nothing was retracted. Sources in the store: \"2025-04-ceasefire-lines\", \"2025-05-16-istanbul-talks\", \"talks-a\", \"talks-b\""), r.err());
        assertEquals(before, quads(db), "all or nothing: talks-b is still there");
    }

    /**
     * All reference files share one graph: importing some of them alone would replace it with
     * less and leave the stored sources naming regions and persons that are gone.
     */
    @Test
    void importingPartOfTheReferenceDataThatSourcesStillUseIsRefused() {
        Run r = cli("import", "--db", db.toString(), DATA.resolve("reference/parties.json").toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("parley: cannot import: graphs outside the input refer to records that the input"
                + " no longer defines"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertTrue(r.err().contains("https://w3id.org/parley/id/issue/status-of-crimea is used by "), r.err());
        assertTrue(r.err().contains(" in " + Ids.sourceGraph("2025-04-ceasefire-lines")), r.err());
        assertEquals(before, quads(db), "nothing was written");
        // All the reference files together replace the graph with the same content.
        Run all = cli("import", "--db", db.toString(), DATA.resolve("reference").toString());
        assertEquals(0, all.code(), all.err());
        assertEquals(before, quads(db));
    }

    @Test
    void aMalformedSourceIdIsAUsageError() {
        Run r = cli("retract", "--db", db.toString(), "Talks B");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Illegal source ID \"Talks B\""), r.err());
        assertEquals(before, quads(db));
    }

    @Test
    void retractingASourceOthersStillReferToIsRefusedUnlessTheyGoTogether() {
        Run r = cli("retract", "--db", db.toString(), "talks-a");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("cannot retract \"talks-a\": other graphs refer to records only they define"), r.err());
        assertTrue(r.err().contains("https://w3id.org/parley/id/option/line-now is used by https://w3id.org/parley/id/provision/freeze in "
                + Ids.sourceGraph("talks-b")), r.err());
        assertEquals(before, quads(db));

        Run both = cli("retract", "--db", db.toString(), "talks-a", "talks-b");
        assertEquals(0, both.code(), both.err());
        Path fresh = dir.resolve("fresh");
        assertEquals(0, cli("import", "--db", fresh.toString(), DATA.toString()).code());
        assertEquals(quads(fresh), quads(db), "the store is what importing without the two sources gives");
    }
}
