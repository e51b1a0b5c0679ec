package org.w3id.parley.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.rdf.Ids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * Input that is named or found and cannot be read is an error, never skipped: a dangling or
 * looping link, a FIFO. Skipped, it made {@code validate} say "valid" and {@code import --prune}
 * drop the graph of the source the file held. Also: the errors file is never one of the inputs,
 * and every problem stays on one line whatever the file is called.
 */
class UnreadableInputTest {
    private static final Path TWO = GOOD.resolve("two-sources");

    @TempDir
    Path dir;
    Path input;
    Path db;

    /** A folder holding the bundled data and two sources, imported into a store. */
    @BeforeEach
    void folderOfInputImported() throws IOException {
        input = dir.resolve("input");
        copyFiles(DATA.resolve("reference"), input.resolve("reference"));
        copyFiles(DATA.resolve("sources"), input.resolve("sources"));
        copyFiles(TWO, input.resolve("sources"));
        db = dir.resolve("db");
        Run r = cli("import", "--db", db.toString(), input.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** Moves b.json (source talks-b) away and leaves a link to where it was: the source's file can no longer be read. */
    private Path danglingLinkInPlaceOfASource() throws IOException {
        Path b = input.resolve("sources/b.json");
        Files.move(b, dir.resolve("moved-away.json"));
        return Files.createSymbolicLink(b, dir.resolve("gone.json"));
    }

    @Test
    void aDanglingLinkIsAnErrorAndPruneDropsNothing() throws IOException {
        Path link = danglingLinkInPlaceOfASource();
        List<String> before = quads(db);

        Run v = cli("validate", input.toString());
        assertEquals(2, v.code(), v.out() + v.err());
        assertEquals(List.of(link + ": a symbolic link to \"" + dir.resolve("gone.json") + "\", which does not exist",
                "parley: 1 problem found; nothing was written"), v.err().lines().toList());

        Run i = cli("import", "--db", db.toString(), "--prune", input.toString());
        assertEquals(2, i.code(), i.out() + i.err());
        assertTrue(i.err().startsWith(link + ": a symbolic link to"), i.err());
        assertEquals(before, quads(db), "talks-b's graph is still there");
        assertTrue(byGraph(quads(db)).containsKey(Ids.sourceGraph("talks-b")));

        Run named = cli("validate", link.toString());
        assertEquals(2, named.code(), "a dangling link named on the command line is unreadable input too: " + named.err());
    }

    @Test
    void linkLoopsAreErrors() throws IOException {
        Path self = Files.createSymbolicLink(input.resolve("sources/self.json"), Path.of("self.json"));
        Path up = Files.createSymbolicLink(input.resolve("sources/up"), Path.of(".."));
        Run v = cli("validate", input.toString());
        assertEquals(2, v.code(), v.err());
        List<String> lines = v.err().lines().toList();
        assertEquals(3, lines.size(), v.err());
        assertTrue(lines.contains(self + ": a symbolic link to \"self.json\", which cannot be followed (a loop?)"), v.err());
        assertTrue(lines.contains(up + ": a symbolic link that leads back into a folder above it (a loop)"), v.err());
    }

    @Test
    void aFifoIsNotReadAndDoesNotHang() throws Exception {
        Path fifo = input.resolve("sources/pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor());
        String expected = fifo + ": not a regular file (a FIFO, socket or device): not read";
        Run inFolder = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli("validate", input.toString()));
        assertEquals(2, inFolder.code(), inFolder.err());
        assertEquals(expected, inFolder.err().lines().findFirst().orElseThrow());
        Run named = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli("validate", fifo.toString()));
        assertEquals(2, named.code(), named.err());
        assertEquals(expected, named.err().lines().findFirst().orElseThrow());
    }

    @Test
    void upperCaseJsonNamesAreRead() throws IOException {
        Path b = input.resolve("sources/b.json");
        Files.move(b, input.resolve("sources/B.JSON"));
        List<String> before = quads(db);
        Run r = cli("import", "--db", db.toString(), "--prune", input.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(before, quads(db), "B.JSON was imported, and talks-b kept");
    }

    @Test
    void aFileNameWithANewLineKeepsEachProblemOnOneLine() throws IOException {
        Path odd = input.resolve("sources/two\nlines.json");
        Files.writeString(odd, "{ \"source\": ", StandardCharsets.UTF_8);
        Run v = cli("validate", input.toString());
        assertEquals(2, v.code(), v.err());
        assertEquals(List.of(input.resolve("sources") + "/two\\nlines.json:1:13: unexpected end of input: the file ends inside an object",
                "parley: 1 problem found; nothing was written"), v.err().lines().toList());
    }

    @Test
    void theErrorsFileIsNeverAnInput() throws IOException {
        Path a = input.resolve("sources/a.json");
        byte[] bytes = Files.readAllBytes(a);
        Files.writeString(input.resolve("sources/broken.json"), "{", StandardCharsets.UTF_8);

        Run named = cli("validate", "--errors-json", a.toString(), input.toString());
        assertEquals(1, named.code(), named.err());
        assertEquals("parley: Illegal --errors-json=" + a + ": it is one of the input files, which writing the errors would"
                + " overwrite; choose a file outside the input\n", named.err());
        assertArrayEquals(bytes, Files.readAllBytes(a), "the source file is untouched");

        Path aliased = dir.resolve("alias.jsonl");
        Files.createSymbolicLink(aliased, a.toAbsolutePath());
        Run link = cli("import", "--db", db.toString(), "--errors-json", aliased.toString(), input.toString());
        assertEquals(1, link.code(), link.err());
        assertArrayEquals(bytes, Files.readAllBytes(a), "the source file is untouched through a link too");

        Path inside = input.resolve("errors.json");
        Run found = cli("validate", "--errors-json", inside.toString(), input.toString());
        assertEquals(1, found.code(), found.err());
        assertTrue(found.err().contains("it is a .json file in the input folder " + input), found.err());
        assertFalse(Files.exists(inside), "nothing written into the input folder");

        Path outside = dir.resolve("errors.jsonl");
        Run ok = cli("validate", "--errors-json", outside.toString(), input.toString());
        assertEquals(2, ok.code(), ok.err());
        assertEquals(1, Files.readAllLines(outside).size(), "the one problem, as a JSON line");
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }
}
