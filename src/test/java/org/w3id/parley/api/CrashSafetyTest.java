package org.w3id.parley.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * A separate JVM importing into TDB2 is killed with SIGKILL in the middle of its write
 * transaction; reopening the folder shows exactly the quads committed before.
 */
@Integration
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesExactlyWhatWasCommittedBefore() throws Exception {
        Path db = dir.resolve("db");
        Run first = cli("import", "--db", db.toString(), DATA.toString());
        assertEquals(0, first.code(), first.err());
        List<String> committed = quads(db);
        Map<String, String> filesBefore = fingerprint(db);
        Path generated = dir.resolve("generated");
        generateSources(generated, 60, 40);

        Path childErr = dir.resolve("child.err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledImport.class.getName(), db.toString(), "10000",
                DATA.resolve("reference").toString(), generated.toString()));
        Process child = new ProcessBuilder(command).redirectError(childErr.toFile()).start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.startsWith("writing ")) break;
            }
            assertTrue(!said.isEmpty() && said.get(said.size() - 1).startsWith("writing "),
                    "the child should stop inside its write transaction; it said " + said + " and logged "
                            + Files.readString(childErr));
            // The transaction is open and holds at least 10,000 uncommitted quads: kill it now.
            child.destroyForcibly();
            assertEquals(137, child.waitFor(), "killed by SIGKILL (128 + 9)");
        } finally {
            child.destroyForcibly();
        }
        assertNotEquals(filesBefore, fingerprint(db), "uncommitted data had reached the database files");

        assertEquals(committed, quads(db), "after the kill, the store holds exactly what was committed before");

        // The database is healthy: the same import now completes.
        Run again = cli("import", "--db", db.toString(), DATA.resolve("reference").toString(), generated.toString());
        assertEquals(0, again.code(), again.err());
        try (TdbStore s = TdbStore.open(db)) {
            assertTrue(s.graphs().contains(Ids.sourceGraph("gen-0060")), s.graphs().toString());
            assertTrue(s.graphs().contains(Ids.sourceGraph("2025-04-ceasefire-lines")), s.graphs().toString());
        }
    }
}
