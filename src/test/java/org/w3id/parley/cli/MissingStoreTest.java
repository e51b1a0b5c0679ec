package org.w3id.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * Verbs that read or remove refuse a {@code --db} folder that holds no store — one that does not
 * exist, an empty one, one of other files, or a file — with exit code 3 and one line naming it
 * and saying how to make a store, and leave it as it was: a mistyped path must not become a
 * store, empty or filled with the bundled data. Only the default store of the quick start is
 * created by {@code query} (see {@link DefaultStoreTest}); {@code import} and {@code serve}
 * create a store in a new or empty folder, and refuse a folder of other files.
 */
class MissingStoreTest {
    @TempDir
    Path dir;

    private static final String HINT = "; 'parley import --db %s PATH...' creates one";
    private static final String QUERY_HINT = ", or leave out --db to use the default store ./parley-db, filled with the bundled data on first use";

    @ParameterizedTest(name = "{0} on a folder that {1}")
    @CsvSource({
            "retract, does not exist", "query, does not exist", "dump, does not exist", "report, does not exist",
            "retract, is empty", "query, is empty", "dump, is empty", "report, is empty",
            "retract, holds other files", "query, holds other files", "dump, holds other files", "report, holds other files",
            "query, is a file", "dump, is a file"})
    void aFolderWithoutAStoreIsRefusedAndLeftAsItWas(String verb, String state) throws IOException {
        Path db = dir.resolve("stores/db");
        String reason = switch (state) {
            case "does not exist" -> "the folder does not exist (nothing was created)";
            case "is empty" -> {
                Files.createDirectories(db);
                yield "the folder is empty (and stays so)";
            }
            case "holds other files" -> {
                Files.createDirectories(db.resolve("notes"));
                Files.writeString(db.resolve("notes/todo.txt"), "not a store");
                yield "the folder holds no TDB2 database (nothing in it was changed)";
            }
            default -> {
                Files.createDirectories(db.getParent());
                Files.writeString(db, "a file");
                yield "it is a file, not a folder";
            }
        };
        Map<String, String> before = tree(dir);
        Path output = dir.resolve("out");
        Run r = cli(args(verb, db, output));
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals("parley: no Parley store at " + db + ": " + reason + HINT.formatted(db)
                + (verb.equals("query") ? QUERY_HINT : ""), r.err().strip());
        assertEquals("", r.out());
        assertEquals(before, tree(dir), "nothing created or changed, no output written");
    }

    @Test
    @Timeout(60) // serve would block if it did not refuse
    void aFolderOfOtherFilesDoesNotBecomeAStoreByImportOrServe() throws IOException {
        Path db = dir.resolve("src");
        Files.createDirectories(db);
        Files.writeString(db.resolve("Main.java"), "class Main {}");
        Map<String, String> before = tree(dir);
        for (String verb : List.of("import", "serve")) {
            Run r = verb.equals("import") ? cli("import", "--db", db.toString(), DATA.toString())
                    : cli("serve", "--db", db.toString(), "--port", "0");
            assertEquals(3, r.code(), verb + ": " + r.out() + r.err());
            assertEquals("parley: cannot create a Parley store at " + db + ": the folder holds no TDB2 database (nothing in it"
                    + " was changed); give a new or empty folder, or an existing store", r.err().strip(), verb);
            assertEquals(before, tree(dir), verb + " left the folder as it was");
        }
    }

    @Test
    void anEmptyFolderBecomesAStoreOnlyByImport() throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Run r = cli("import", "--db", db.toString(), DATA.toString());
        assertEquals(0, r.code(), r.err());
        r = cli("query", "--db", db.toString(), "red-lines", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().count(), "a header and the two red lines: " + r.out());
        assertEquals("", r.err());
    }

    @Test
    void aStoreWithoutDataIsQueriedAsItIsNotFilled() throws IOException {
        Path db = dir.resolve("db");
        try (TdbStore s = TdbStore.open(db)) {
            assertEquals(0, s.size());
        }
        Run r = cli("query", "--db", db.toString(), "red-lines", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), "a header and no rows: " + r.out());
        assertEquals("parley: warning: TDB2 database " + db + " holds no data; 'parley import' loads some", r.err().strip());
        try (TdbStore s = TdbStore.open(db)) {
            assertEquals(0, s.size(), "the bundled data was not imported into a store named with --db");
        }
    }

    private static String[] args(String verb, Path db, Path output) {
        List<String> args = new ArrayList<>(List.of(verb, "--db", db.toString()));
        args.addAll(switch (verb) {
            case "retract" -> List.of("2025-04-ceasefire-lines");
            case "query" -> List.of("stance-matrix", "--param", "proposal=putin-offer");
            case "dump" -> List.of("--all", output.toString());
            default -> List.of("--out", output.resolve("report.html").toString());
        });
        return args.toArray(String[]::new);
    }

    /** Every file and folder under {@code root}, with the content of files. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList())
                out.put(root.relativize(p).toString(), Files.isDirectory(p) ? "/" : Files.readString(p));
        }
        return out;
    }
}
