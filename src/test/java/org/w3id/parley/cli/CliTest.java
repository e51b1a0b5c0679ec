package org.w3id.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** The CLI verbs run in-process: exit codes and output. */
class CliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsTheVerbs() {
        Run r = cli("--help");
        assertEquals(0, r.code());
        for (String verb : new String[] {"import", "validate", "retract", "serve", "query", "dump", "report", "generate"}) assertTrue(r.out().contains(verb), verb);
        for (String verb : new String[] {"import", "validate", "retract", "serve", "query", "dump", "report", "generate"})
            assertEquals(0, cli(verb, "--help").code(), verb + " --help");
    }

    @Test
    void usageErrorsExitWithOne() {
        Run r = cli("import", "--no-such-option", "data");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        assertEquals(1, cli().code());
        assertEquals(1, cli("query", "--format", "xml", "x.rq").code());
        assertEquals(1, r.err().strip().lines().count(), "a usage error is one line: " + r.err());
        assertTrue(r.err().contains("'parley import --help'"), r.err());
    }

    @Test
    void everyVerbPrintsTheVersion() {
        String top = cli("--version").out().strip();
        assertTrue(top.startsWith("parley "), top);
        for (String verb : new String[] {"import", "validate", "retract", "serve", "query", "dump", "report", "generate"}) {
            Run r = cli(verb, "--version");
            assertEquals(0, r.code(), verb);
            assertEquals(top, r.out().strip(), verb + " --version");
        }
    }

    @Test
    void aBusyPortIsAStoreFailureInOneLine() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run r = cli("serve", "--db", dir.resolve("db").toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(3, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("parley: cannot listen on localhost:" + taken.getLocalPort() + ": "), r.err());
            assertFalse(r.err().contains("Exception"), "no exception class names: " + r.err());
        }
    }

    @Test
    void validateAcceptsTheBundledData() {
        Run r = cli("validate", DATA.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("valid: "), r.out());
    }

    @Test
    void importThenQueryAFile() throws Exception {
        String db = dir.resolve("db").toString();
        Run imp = cli("import", "--db", db, DATA.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("quads"), imp.out());
        Path rq = dir.resolve("regions.rq");
        Files.writeString(rq, "PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a parley:Region }");
        Run q = cli("query", "--db", db, "--format", "csv", rq.toString());
        assertEquals(0, q.code(), q.err());
        assertEquals("n\r\n6\r\n", q.out());
    }

    @Test
    void invalidInputExitsWithTwoAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"parties\": [ { \"id\": \"x\", \"type\": \"State\", \"label\": \"X\", \"colour\": \"red\" } ] }");
        String db = dir.resolve("db").toString();
        Run r = cli("import", "--db", db, bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + ":1:"), r.err());
        assertTrue(r.err().contains("/parties/0"), r.err());
        assertTrue(r.err().contains("unknown property \"colour\""), r.err());
        try (var s = org.w3id.parley.store.TdbStore.open(Path.of(db))) {
            assertEquals(0, s.size());
        }
    }

    @Test
    void theInputFormatPagesMinimalSourceFileIsValid() throws Exception {
        String page = Files.readString(Path.of("src/site/markdown/input-format.md"));
        int section = page.indexOf("A minimal source file:");
        assertTrue(section >= 0, "input-format.md has a minimal source file");
        int start = page.indexOf("```json\n", section) + "```json\n".length();
        String example = page.substring(start, page.indexOf("```", start));
        Path file = dir.resolve("sources").resolve("2025-05-example.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, example.replace("../../ontology/", Path.of("ontology").toAbsolutePath() + "/"));
        Run r = cli("validate", DATA.resolve("reference").toString(), file.toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void errorsJsonNeedsAWritableFileAndIsAUsageErrorOtherwise() {
        Run r = cli("validate", "--errors-json", dir.resolve("no-such-folder").resolve("e.jsonl").toString(), DATA.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("parley: cannot write --errors-json "), r.err());
    }
}
