package org.w3id.parley.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * The corpus of bad inputs, {@code src/test/resources/bad/NN-name/}: each folder holds input
 * files, {@code expected.txt} with the exact problem lines ({@code file:line:column: /pointer:
 * message}, file names relative to the folder) and optionally {@code args.txt} with extra
 * options. Each case is imported through the CLI into a store that already holds the bundled
 * data: it must exit with 2, print exactly the expected lines (and the same problems as JSON
 * lines with {@code --errors-json}), and leave the store unchanged: quad for quad, and byte for byte
 * when the problem is found before the store is opened (every rule but SHACL's).
 */
@Integration
class BadInputTest {
    private static final Path BAD = Path.of("src/test/resources/bad");
    private static final Set<String> RULES = Set.of("syntax", "structure", "identity", "reference", "shacl", "limit", "io");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> eachBadInputGetsItsLocatedErrorsAndExitTwoWithTheStoreUntouched() throws IOException {
        Path db = dir.resolve("db");
        Run load = cli("import", "--db", db.toString(), DATA.toString());
        assertEquals(0, load.code(), load.err());
        List<String> quadsBefore = quads(db);
        // The bytes to compare with: those of the last case, since an aborted write may leave
        // blocks past the committed end of TDB2's index files, which the next write reuses.
        List<Map<String, String>> bytesBefore = new ArrayList<>(List.of(fingerprint(db)));
        List<Path> cases;
        try (Stream<Path> s = Files.list(BAD)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        Set<String> rulesSeen = new TreeSet<>();
        Stream<DynamicTest> each = cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Path json = dir.resolve(c.getFileName() + ".jsonl");
            List<String> args = new ArrayList<>(List.of("import", "--db", db.toString(), "--errors-json", json.toString()));
            Path extra = c.resolve("args.txt");
            if (Files.exists(extra)) args.addAll(Arrays.asList(Files.readString(extra).trim().split("\\s+")));
            args.add(c.toString());
            Run r = cli(args.toArray(String[]::new));

            assertEquals(2, r.code(), r.err());
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(lines.size() - 1).matches("parley: \\d+ problems? found; nothing was written"), r.err());
            List<String> problems = lines.subList(0, lines.size() - 1);
            List<String> expected = Files.readAllLines(c.resolve("expected.txt"), StandardCharsets.UTF_8);
            String prefix = c + c.getFileSystem().getSeparator();
            assertEquals(expected, problems.stream().map(l -> l.replace(prefix, "")).toList());

            Set<String> rules = new TreeSet<>();
            assertEquals(problems, fromJsonLines(json, rules), "--errors-json holds the same problems");
            rulesSeen.addAll(rules);
            // Every problem but a shape violation is found before the store is opened, so not a
            // byte of it changes. Shapes are checked while writing to TDB2, in the one write
            // transaction, which a violation aborts: the store holds exactly what it held.
            if (!rules.contains("shacl")) assertEquals(bytesBefore.get(0), fingerprint(db), "the store's files are unchanged");
            else bytesBefore.set(0, fingerprint(db));
            assertEquals(quadsBefore, quads(db), "the store's quads are unchanged");
        }));
        DynamicTest coverage = DynamicTest.dynamicTest("the corpus has 25+ cases and covers every rule", () -> {
            assertTrue(cases.size() >= 25, "cases: " + cases.size());
            assertEquals(new TreeSet<>(List.of("syntax", "structure", "identity", "reference", "shacl", "limit")), rulesSeen);
        });
        return Stream.concat(each, Stream.of(coverage));
    }

    @Test
    void validValidatesAndTheErrorsFileIsEmpty() throws IOException {
        Path json = dir.resolve("none.jsonl");
        Run r = cli("validate", "--errors-json", json.toString(), DATA.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", Files.readString(json));
    }

    /** The JSON lines, parsed and printed the way the CLI prints problems. */
    private static List<String> fromJsonLines(Path json, Set<String> rulesSeen) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(json, StandardCharsets.UTF_8)) {
            JsonNode n = m.readTree(line);
            assertEquals(List.of("file", "line", "column", "pointer", "rule", "message"), iterate(n.fieldNames()));
            assertTrue(RULES.contains(n.get("rule").asText()), line);
            rulesSeen.add(n.get("rule").asText());
            out.add(new Problem(n.get("file").asText(), n.get("line").isNull() ? 0 : n.get("line").asInt(),
                    n.get("column").isNull() ? 0 : n.get("column").asInt(),
                    n.get("pointer").isNull() ? null : n.get("pointer").asText(), n.get("rule").asText(),
                    n.get("message").asText()).toString());
        }
        return out;
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
