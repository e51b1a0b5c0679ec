package org.w3id.parley.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.dump.DumpFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** {@code parley dump} in-process: files, gzip, one graph, every format at once, and the exit codes of mistakes. */
class DumpCliTest {
    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void importData() {
        db = dir.resolve("db").toString();
        Run r = cli("import", "--db", db, DATA.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void dumpsToAGzippedFileTheSameBytesTwice() throws Exception {
        Path a = dir.resolve("a.trig.gz"), b = dir.resolve("b.trig");
        Run r = cli("dump", "--db", db, "--format", "trig", "--out", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote ") && r.out().contains("quads as TriG"), r.out());
        assertEquals(0, cli("dump", "--db", db, "--format", "trig", "--out", b.toString()).code());
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(a))) {
            assertArrayEquals(Files.readAllBytes(b), in.readAllBytes());
        }
    }

    @Test
    void dumpsOneGraphByShortName() throws Exception {
        Path out = dir.resolve("source.nt");
        Run r = cli("dump", "--db", db, "--format", "ntriples", "--graph", "2025-04-ceasefire-lines", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String nt = Files.readString(out);
        assertTrue(nt.contains("# The named graph <https://w3id.org/parley/graph/source/2025-04-ceasefire-lines> only"));
        assertTrue(nt.contains("<https://w3id.org/parley/id/stance/"));
        assertFalse(nt.contains("<https://w3id.org/parley/id/region/crimea> <http://www.w3.org/2000/01/rdf-schema#label>"),
                "reference data is in another graph");
    }

    @Test
    void allWritesEveryFormatAndTheDescription() {
        Path all = dir.resolve("all");
        Run r = cli("dump", "--db", db, "--all", all.toString(), "--modified", "2025-05-01");
        assertEquals(0, r.code(), r.err());
        for (DumpFormat f : DumpFormat.values()) assertTrue(Files.isRegularFile(all.resolve("parley." + f.extension())), f.id());
        assertTrue(Files.isRegularFile(all.resolve("description.ttl")));
        assertTrue(r.out().contains("sha256 "), r.out());
    }

    @Test
    void mistakesExitWithTheDocumentedCodes() {
        assertEquals(1, cli("dump", "--db", db).code(), "neither --format nor --all");
        assertEquals(1, cli("dump", "--db", db, "--format", "n3").code());
        assertEquals(1, cli("dump", "--db", db, "--format", "turtle", "--all", dir.resolve("x").toString()).code());
        Run unknown = cli("dump", "--db", db, "--format", "turtle", "--graph", "no-such-source", "--out", dir.resolve("u.ttl").toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Illegal graph=https://w3id.org/parley/graph/source/no-such-source: the store has no such graph"),
                unknown.err());
        assertFalse(Files.exists(dir.resolve("u.ttl")), "nothing written");
        Run missing = cli("dump", "--db", dir.resolve("nowhere").toString(), "--format", "turtle");
        assertEquals(3, missing.code());
        assertFalse(Files.exists(dir.resolve("nowhere")), "dump does not create a store");
    }
}
