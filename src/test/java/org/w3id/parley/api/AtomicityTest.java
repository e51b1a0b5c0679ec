package org.w3id.parley.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** Failing imports leave the store exactly as before; successful ones replace exactly their graphs. */
@Integration
class AtomicityTest {
    @TempDir
    Path dir;

    /** A source whose one provision selects an option of another issue: only SHACL finds it. */
    private static final String SHACL_BAD_LAST = """
            {
              "source": { "id": "zz-last", "title": "Last report" },
              "issues": [ { "id": "zz-border", "label": "Border" }, { "id": "zz-alliance", "label": "Alliance" } ],
              "options": [ { "id": "zz-join", "issue": "zz-alliance", "label": "Join" } ],
              "proposals": [ { "id": "zz-plan", "label": "Plan", "author": "russia", "status": "floated", "basis": "on-record",
                "provisions": [ { "id": "zz-term", "label": "Term", "issue": "zz-border", "option": "zz-join" } ] } ]
            }
            """;

    @Test
    void aBadRecordInTheLastFileOfAFolderLeavesTheStoreAsItWas() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, cli("import", "--db", db.toString(), DATA.toString()).code());
        List<String> before = quads(db);
        Path folder = dir.resolve("input");
        copyFiles(DATA.resolve("reference"), folder);
        generateSources(folder, 20, 10);
        Files.writeString(folder.resolve("zz-last.json"), SHACL_BAD_LAST);

        Run r = cli("import", "--db", db.toString(), folder.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith(folder.resolve("zz-last.json") + ":6:"), r.err());
        assertTrue(r.err().contains("/proposals/0/provisions/0: A provision that names both an issue and an option"), r.err());
        // Shapes are checked while the files are written, in the one TDB2 write transaction, which
        // the violation aborted: the store holds exactly what it held, and takes the next import.
        assertEquals(before, quads(db));
        assertEquals(0, cli("import", "--db", db.toString(), DATA.toString()).code());
        assertEquals(before, quads(db));
        // `validate` never opens a store: not one byte changes.
        Map<String, String> bytes = fingerprint(db);
        assertEquals(2, cli("validate", folder.toString()).code());
        assertEquals(bytes, fingerprint(db), "not one byte of the store changed");
    }

    @Test
    void aFileEditedAfterValidationAbortsTheWriteTransactionPartWay() throws Exception {
        Path folder = dir.resolve("input");
        copyFiles(DATA.resolve("reference"), folder);
        List<Path> generated = generateSources(folder, 20, 10);
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            Importer.run(store, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            List<String> before = quads(store);
            Importer.Prepared prepared = Importer.prepare(Input.of(List.of(folder)), Importer.DEFAULT_MAX_ERRORS);
            // The last file is edited between validation and writing: it is re-read, and rejected,
            // only when the files before it are already in the open write transaction.
            Path last = generated.get(generated.size() - 1);
            Files.writeString(last, Files.readString(last).replace("Generated report", "Edited report"));
            long[] written = {0};
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Importer.write(store, prepared, false,
                    (phase, files, total, records, quads) -> written[0] = Math.max(written[0], quads), System.nanoTime()));
            assertEquals(last.toString(), e.problems().get(0).file());
            assertTrue(e.getMessage().contains("changed while it was being imported"), e.getMessage());
            assertTrue(written[0] > 1000, "quads in the aborted transaction: " + written[0]);
            assertEquals(before, quads(store), "the aborted transaction left nothing behind");
        }
    }

    @Test
    void reimportingAChangedSourceReplacesExactlyThatSourcesGraph() throws Exception {
        Path db = dir.resolve("db");
        Path input = dir.resolve("two-sources");
        copyFiles(GOOD.resolve("two-sources"), input);
        assertEquals(0, cli("import", "--db", db.toString(), DATA.toString(), input.toString()).code());
        Map<String, List<String>> first = byGraph(quads(db));

        Path b = input.resolve("b.json");
        Files.writeString(b, Files.readString(b).replace("\"A plan\"", "\"A revised plan\""));
        Run again = cli("import", "--db", db.toString(), DATA.toString(), input.toString());
        assertEquals(0, again.code(), again.err());
        Map<String, List<String>> second = byGraph(quads(db));

        String changed = Ids.sourceGraph("talks-b");
        assertEquals(first.keySet(), second.keySet());
        for (String g : first.keySet())
            if (!g.equals(changed)) assertEquals(first.get(g), second.get(g), g);
        List<String> gone = first.get(changed).stream().filter(q -> !second.get(changed).contains(q)).toList();
        List<String> added = second.get(changed).stream().filter(q -> !first.get(changed).contains(q)).toList();
        assertEquals(1, gone.size(), gone.toString());
        assertTrue(gone.get(0).contains("\"A plan\"@en"), gone.toString());
        assertEquals(List.of(gone.get(0).replace("\"A plan\"", "\"A revised plan\"")), added);
    }

    @Test
    void pruneDropsTheSourcesMissingFromTheInputInTheSameStep() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, cli("import", "--db", db.toString(), DATA.toString(), GOOD.resolve("two-sources").toString()).code());
        Path fresh = dir.resolve("fresh");
        assertEquals(0, cli("import", "--db", fresh.toString(), DATA.toString()).code());

        Run r = cli("import", "--prune", "--db", db.toString(), DATA.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(", 2 pruned,"), r.out());
        assertTrue(r.out().contains("pruned source talks-a\n") && r.out().contains("pruned source talks-b\n"), r.out());
        assertEquals(quads(fresh), quads(db), "the store is what importing the input alone gives");
    }

    @Test
    void aFailedImportWithPruneDropsNothing() throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, cli("import", "--db", db.toString(), DATA.toString(), GOOD.resolve("two-sources").toString()).code());
        List<String> before = quads(db);
        Path folder = dir.resolve("input");
        copyFiles(DATA.resolve("reference"), folder);
        Files.writeString(folder.resolve("zz-last.json"), SHACL_BAD_LAST);
        assertEquals(2, cli("import", "--prune", "--db", db.toString(), folder.toString()).code());
        assertEquals(before, quads(db));
    }
}
