package org.w3id.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The quick start's convenience, kept for the default store only: {@code parley query} without
 * {@code --db}, run in a folder without {@code ./parley-db} (or with an empty one), creates it
 * and fills it with the bundled data first, saying so on standard error; later runs just query.
 * Each run is a process of its own, started in a temporary working folder.
 */
@Integration
class DefaultStoreTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {}

    private Result parley(Path cwd, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout"), err = dir.resolve("stderr");
        Process p = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("parley " + String.join(" ", args) + " did not end");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void queryWithoutDbCreatesAndFillsTheDefaultStoreOnce() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("work"));
        Result first = parley(cwd, "query", "red-lines", "--format", "tsv");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().startsWith("parley: the store was empty; imported the bundled data: 6 files, 171 records"), first.err());
        assertEquals(3, first.out().lines().count(), "a header and the two red lines: " + first.out());
        assertTrue(Files.isDirectory(cwd.resolve("parley-db/Data-0001")), "the default store is ./parley-db");

        Result again = parley(cwd, "query", "red-lines", "--format", "tsv");
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err(), "filled once");
        assertEquals(first.out(), again.out());
    }

    @Test
    void anEmptyDefaultFolderIsFilledToo() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("work"));
        Files.createDirectories(cwd.resolve("parley-db"));
        Result r = parley(cwd, "query", "red-lines", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("imported the bundled data"), r.err());
        assertEquals(3, r.out().lines().count(), r.out());
    }
}
