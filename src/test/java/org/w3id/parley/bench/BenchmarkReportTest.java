package org.w3id.parley.bench;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.*;

/** The harness's options (which steps -Dparley.bench.skip leaves out at which scale), how it compares rows, and its report. */
class BenchmarkReportTest {
    @Test
    void aStepNamedAloneIsLeftOutAtEveryScale() {
        assertEquals(Set.of("remote", "queries"), Benchmark.skipped("remote,queries", 1));
        assertEquals(Set.of("remote", "queries"), Benchmark.skipped("remote, queries", 10));
    }

    @Test
    void aStepNamedWithAScaleIsLeftOutAtThatScaleOnly() {
        String property = "memory@10,remote@10.0,virtuoso@0.5";
        assertEquals(Set.of("memory", "remote"), Benchmark.skipped(property, 10));
        assertEquals(Set.of("virtuoso"), Benchmark.skipped(property, 0.5));
        assertFalse(Benchmark.skipped(property, 1).contains("memory"));
        assertFalse(Benchmark.skipped(property, 1).contains("remote"));
    }

    @Test
    void eachScaleHasOneTableWithEveryQueryBesideTheOtherStores() {
        var quick = new Benchmark.QueryLatency("red-lines", 3, 50, 0.4, 0.6, 50, 5.0, 7.0);
        var stopped = new Benchmark.QueryLatency("conflicts", -1, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN);
        var httpStopped = new Benchmark.QueryLatency("provenance", 277_039, 1, 45_000, 45_000, 0, Double.NaN, Double.NaN);
        List<Benchmark.Beside> beside = List.of(
                new Benchmark.Beside("red-lines", "virtuoso", 3, 50, 2.5, 3.0, "same"),
                new Benchmark.Beside("red-lines", "memory", 3, 50, 0.2, 0.3, "same rows, other order"));
        var f = new Benchmark.Figures(10, 16_000_000, 100, 50, 40, 1, 1, 1, 1 << 30, 2L << 30, Double.NaN,
                List.of(quick, stopped, httpStopped), 120, beside);
        String report = Benchmark.report(List.of(f));
        String table = report.substring(report.indexOf("Every catalog query at scale 10.0"));
        assertTrue(table.contains("Virtuoso bulk load 120.0 s; a query's process is stopped after"), table);
        assertTrue(table.contains("| red-lines | 3 | 50 | 0.4 | 0.6 | 50 | 5.0 | 7.0 | 2.5 | 2.00 | same | 0.2 | 2.00 | same rows, other order |"), table);
        assertTrue(table.contains("| conflicts | stopped | 0 | – |"), table);
        assertTrue(table.contains("| provenance | 277039 | 1 | 45000.0 | 45000.0 | stopped | – | – | – | – | not run |"), table);
        assertEquals(1, report.split("Every catalog query at scale", -1).length - 1, "one table for the one scale");
    }

    @Test
    void theHttpOverheadIsEachPathsMedianOverTheEmbeddedOne() {
        List<Benchmark.Overhead> overhead = List.of(new Benchmark.Overhead("embedded", 500, 0.40, 0.60, 0.30),
                new Benchmark.Overhead("/parley/sparql", 500, 5.35, 8.00, 2.40),
                new Benchmark.Overhead("/$/ping", 500, 5.05, 7.00, 0.90));
        String report = Benchmark.report(List.of(), List.of(), overhead);
        assertTrue(report.contains("HTTP overhead on the article data (red-lines, 500 runs a path after 5,000 turns of warm-up"), report);
        assertTrue(report.contains("| embedded | 0.40 | 0.60 | 0.30 | – |"), report);
        assertTrue(report.contains("| /parley/sparql | 5.35 | 8.00 | 2.40 | 4.95 |"), report);
        assertTrue(report.contains("| /$/ping | 5.05 | 7.00 | 0.90 | 4.65 |"), report);
        assertEquals(overhead.get(1), Benchmark.Overhead.parse(overhead.get(1).format()));
    }

    @Test
    void rowsAreComparedWithEachNumberByValue() {
        Benchmark.Answer jena = answer("\"29.0\"^^xsd:decimal", "\"29\""), virtuoso = answer("\"29\"^^xsd:decimal", "\"29\"");
        assertEquals(1, jena.rows().length);
        assertEquals("same", Benchmark.compare(jena, virtuoso));
        assertEquals("differs: 1 of TDB2's rows missing, 1 others", Benchmark.compare(jena, answer("\"29.5\"^^xsd:decimal", "\"29\"")));
        assertEquals("differs: 1 of TDB2's rows missing, 1 others", Benchmark.compare(jena, answer("\"29.0\"^^xsd:decimal", "\"29.0\"")),
                "a string stays as written");
        assertEquals("differs: 1 of TDB2's rows missing, 1 others", Benchmark.compare(jena, answer("\"29.0\"^^xsd:decimal", "<urn:x:29>")),
                "an IRI is not its text");
    }

    @Test
    void rowsAreComparedInOrderThenAsABag() {
        Benchmark.Answer ab = rows("(1) (2) (2)", "ASC(?x)"), ba = rows("(1) (2) (2)", "DESC(?x)");
        assertEquals(3, ab.rows().length);
        assertEquals("same", Benchmark.compare(ab, rows("(2) (1) (2)", "ASC(?x)")));
        assertEquals("same rows, other order", Benchmark.compare(ab, ba));
        assertEquals("differs: 1 of TDB2's rows missing, 0 others", Benchmark.compare(ab, rows("(1) (2)", "?x")),
                "a row twice is not the row once");
        assertEquals("differs: 0 of TDB2's rows missing, 1 others", Benchmark.compare(ab, rows("(1) (2) (2) (UNDEF)", "?x")),
                "an unbound value is a row of its own");
    }

    /** The harness's answer of a one-row query that binds ?n and ?s to the terms given. */
    private static Benchmark.Answer answer(String n, String s) {
        return answerOf("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT ?n ?s { BIND(" + n + " AS ?n) BIND(" + s + " AS ?s) }");
    }

    /** The harness's answer of the rows given for ?x, in the order given. */
    private static Benchmark.Answer rows(String values, String order) {
        return answerOf("SELECT ?x { VALUES ?x { " + values.replace("(", "").replace(")", "") + " } } ORDER BY " + order);
    }

    private static Benchmark.Answer answerOf(String text) {
        try (RDFConnection conn = RDFConnection.connect(DatasetFactory.create())) {
            return Benchmark.answer(conn, QueryFactory.create(text), Map.of());
        }
    }

    @Test
    void overheadPathsTakeTurns() {
        List<String> calls = new ArrayList<>();
        Map<String, IntSupplier> paths = new LinkedHashMap<>();
        paths.put("a", () -> { calls.add("a"); return 0; });
        paths.put("b", () -> { calls.add("b"); return 0; });
        List<Benchmark.Overhead> out = Benchmark.inTurns(paths, 2, 4);
        assertEquals(List.of("a", "b", "a", "b", "a", "b", "a", "b", "a", "b", "a", "b"), calls, "2 turns of warm-up, then 4 timed");
        assertEquals(List.of("a", "b"), out.stream().map(Benchmark.Overhead::path).toList());
        assertTrue(out.stream().allMatch(o -> o.runs() == 4 && o.minMs() <= o.p50ms() && o.p50ms() <= o.p95ms()), out.toString());
    }
}
