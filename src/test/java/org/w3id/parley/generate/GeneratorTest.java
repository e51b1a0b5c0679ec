package org.w3id.parley.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.cli;

/** The generator is deterministic and writes input that passes every import check. */
class GeneratorTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameFilesOtherSeedOtherFiles() throws IOException {
        Generator.create().scale(0.01).seed(5).out(dir.resolve("a")).build().run();
        Generator.create().scale(0.01).seed(5).out(dir.resolve("b")).build().run();
        Generator.create().scale(0.01).seed(6).out(dir.resolve("c")).build().run();
        assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
        assertNotEquals(contents(dir.resolve("a")), contents(dir.resolve("c")));
    }

    @Test
    void outputPassesValidation() {
        Path out = dir.resolve("gen");
        var run = cli("generate", "--scale", "0.01", "--seed", "3", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Importer.Prepared p = Importer.prepare(Input.of(List.of(out)), 100);
        assertEquals(5, p.files());
        assertTrue(p.records() > 300, "records: " + p.records());
        assertEquals(0, cli("validate", out.toString()).code());
    }

    @Test
    void sizeGrowsLinearlyWithScale() {
        assertEquals(400, Generator.create().scale(1).out(dir).build().sources());
        assertEquals(4000, Generator.create().scale(10).out(dir).build().sources());
        assertThrows(IllegalArgumentException.class, () -> Generator.create().scale(0));
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }
}
