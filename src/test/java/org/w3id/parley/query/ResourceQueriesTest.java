package org.w3id.parley.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.w3id.parley.TestSupport.DATA;

/**
 * The queries the Java code runs, kept as resource files beside it
 * ({@code src/main/resources/org/w3id/parley/PACKAGE/NAME.rq}: the API's typed reads, the report,
 * the derived layer's checks, the dump, the catalog's parameter checks), each with the same
 * fixture ↔ expected test as the catalog ({@link CatalogRuns}): run on the bundled data, and on
 * it plus the catalog's fixture, with the variables the Java code binds given in sidecar
 * {@code .params} files, it must give the CSV in {@code src/test/resources/queries/resources/PACKAGE/}
 * (and its {@code fixture/} folder). A query without ORDER BY is compared row for row in any order.
 */
class ResourceQueriesTest {
    /** Where the resource queries are. */
    static final Path SOURCES = Path.of("src/main/resources/org/w3id/parley");
    /** Their expected results, one folder per package. */
    static final Path EXPECTED = CatalogRuns.EXPECTED.resolve("resources");

    private static TdbStore bundled, fixture;

    private static synchronized TdbStore bundled() {
        if (bundled == null) {
            bundled = TdbStore.inMemory();
            Importer.run(bundled, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        }
        return bundled;
    }

    private static synchronized TdbStore fixture() {
        if (fixture == null) {
            fixture = TdbStore.inMemory();
            Importer.run(fixture, Input.of(List.of(DATA, CatalogRuns.FIXTURE.resolve("dated-stances.json"))),
                    Importer.DEFAULT_MAX_ERRORS);
        }
        return fixture;
    }

    @AfterAll
    static void close() {
        if (bundled != null) bundled.close();
        if (fixture != null) fixture.close();
    }

    @TestFactory
    Stream<DynamicNode> everyResourceQueryGivesItsExpectedResult() {
        List<DynamicNode> packages = new ArrayList<>();
        for (Path dir : packages()) {
            String pkg = dir.getFileName().toString();
            List<DynamicNode> tests = new ArrayList<>();
            for (CatalogQuery q : queries(dir))
                tests.add(DynamicTest.dynamicTest(q.name() + ".rq", () -> {
                    Path expected = EXPECTED.resolve(pkg), fixtures = expected.resolve("fixture");
                    boolean ordered = QueryRunner.parse(q.name(), q.text()).hasOrderBy();
                    List<CatalogRuns.Run> runs = Files.isDirectory(expected) ? CatalogRuns.runs(q, expected, false) : List.of();
                    List<CatalogRuns.Run> fixtureRuns = Files.isDirectory(fixtures) ? CatalogRuns.runs(q, fixtures, false) : List.of();
                    assertFalse(runs.isEmpty() && fixtureRuns.isEmpty(),
                            "an expected result for at least one run of " + pkg + "/" + q.name() + ".rq in " + expected);
                    for (CatalogRuns.Run run : runs) check(bundled(), run, ordered);
                    for (CatalogRuns.Run run : fixtureRuns) check(fixture(), run, ordered);
                }));
            packages.add(DynamicContainer.dynamicContainer(pkg, tests));
        }
        assertFalse(packages.isEmpty(), "resource queries in " + SOURCES);
        return packages.stream();
    }

    @Test
    void everyExpectedFileBelongsToARun() throws IOException {
        Set<Path> used = new TreeSet<>(), present = new TreeSet<>();
        for (Path dir : packages()) {
            Path expected = EXPECTED.resolve(dir.getFileName().toString());
            for (Path d : List.of(expected, expected.resolve("fixture"))) {
                if (!Files.isDirectory(d)) continue;
                for (CatalogQuery q : queries(dir))
                    for (CatalogRuns.Run run : CatalogRuns.runs(q, d, false)) {
                        used.add(run.expected());
                        String name = run.expected().getFileName().toString();
                        used.add(d.resolve(name.substring(0, name.length() - 4) + ".params"));
                    }
            }
        }
        try (Stream<Path> s = Files.walk(EXPECTED)) {
            s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".params")).forEach(present::add);
        }
        present.removeAll(used);
        assertEquals(Set.of(), present, "expected results that no resource query run uses");
    }

    private static void check(TdbStore store, CatalogRuns.Run run, boolean ordered) {
        String actual = CatalogRuns.csv(store, run);
        String expected = CatalogRuns.expected(run, actual);
        if (ordered) CatalogRuns.assertSameRows(expected, actual, run.toString());
        else CatalogRuns.assertSameRows(sorted(expected), sorted(actual), run.toString() + " (rows in any order)");
    }

    /** The header, then the other lines sorted. */
    private static String sorted(String csv) {
        List<String> lines = new ArrayList<>(List.of(csv.replace("\r\n", "\n").strip().split("\n", -1)));
        String header = lines.remove(0);
        lines.sort(null);
        return header + "\n" + String.join("\n", lines);
    }

    /** The packages with resource queries. */
    private static List<Path> packages() {
        try (Stream<Path> s = Files.list(SOURCES)) {
            return s.filter(d -> !queries(d).isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .rq files of a folder, as queries without a header: their variables are their parameters. */
    private static List<CatalogQuery> queries(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            List<CatalogQuery> out = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String file = p.getFileName().toString();
                out.add(CatalogQuery.plain(file.substring(0, file.length() - 3), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
