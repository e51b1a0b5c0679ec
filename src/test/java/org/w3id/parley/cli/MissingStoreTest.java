package org.w3id.parley.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * Verbs that read or remove refuse a {@code --db} folder that does not exist, with exit code 3
 * and one line naming it, and create nothing: a mistyped path must not become an empty store
 * (only {@code import} and {@code serve} create one).
 */
class MissingStoreTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"retract", "query", "dump", "report"})
    void aMissingDbFolderIsRefusedAndNotCreated(String verb) throws IOException {
        Path missing = dir.resolve("nonexistent/db");
        List<String> args = new ArrayList<>(List.of(verb, "--db", missing.toString()));
        args.addAll(switch (verb) {
            case "retract" -> List.of("2025-04-ceasefire-lines");
            case "query" -> List.of("stance-matrix", "--param", "proposal=putin-offer");
            case "dump" -> List.of("--format", "nquads", "--out", dir.resolve("out.nq").toString());
            default -> List.of("--out", dir.resolve("report.html").toString());
        });
        Run r = cli(args.toArray(String[]::new));
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals("parley: no TDB2 database at " + missing + ": the folder does not exist; nothing was created"
                + " ('parley import --db " + missing + " PATH...' creates a store)", r.err().strip());
        assertFalse(Files.exists(dir.resolve("nonexistent")), "nothing created");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no output either");
        }
    }
}
