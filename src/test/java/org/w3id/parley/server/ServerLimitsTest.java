package org.w3id.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** Query timeout, CONSTRUCT cap, CORS, request log, health and the pages the UI needs, over real HTTP. */
@Integration
class ServerLimitsTest extends WithBundledStore {
    /** Four copies of every quad: about 2,500^4 ≈ 4·10^13 rows to count. */
    private static final String CROSS_PRODUCT =
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";


    /** Every quad beside every quad (about 6·10^6 rows), sorted: more than a small heap holds. */
    private static final String SORTED_CROSS_PRODUCT = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f";
    /** The same rows, made distinct. */
    private static final String DISTINCT_CROSS_PRODUCT = "SELECT DISTINCT ?a ?c ?d ?f { ?a ?b ?c . ?d ?e ?f }";
    private static final Pattern SERVING = Pattern.compile("Parley is serving .* at http://localhost:(\\d+)/ ");

    @TempDir
    Path dir;

    /** {@code parley serve ARGS} in a JVM of its own with {@code -Xmx<heap>}, once it has announced its port. */
    private record Child(Process process, Path log, String base) {
        static Child start(Path dir, String heap, String... args) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    org.w3id.parley.cli.Main.class.getName(), "serve", "--db", dir.resolve("db").toString(), "--port", "0"));
            cmd.addAll(List.of(args));
            Path log = dir.resolve("serve.out");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int port = -1;
            while (port < 0 && p.isAlive()) {
                Matcher m = SERVING.matcher(Files.readString(log));
                if (m.find()) port = Integer.parseInt(m.group(1));
                else Thread.sleep(100);
            }
            if (port < 0) {
                p.destroyForcibly();
                throw new AssertionError("no port announced:\n" + Files.readString(log));
            }
            return new Child(p, log, "http://localhost:" + port + "/");
        }

        /** Sends SIGTERM and asserts a clean stop: the shutdown hook closed the store, within {@code seconds}. */
        String stopCleanly(int seconds) throws Exception {
            process.destroy();
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "still running " + seconds + " s after SIGTERM:\n" + Files.readString(log));
            String out = Files.readString(log);
            assertEquals(143, process.exitValue(), out);
            assertTrue(out.contains("Parley stopped; the store is closed."), out);
            assertFalse(out.contains("left open by failed requests"), out);
            assertFalse(out.contains("OutOfMemoryError"), out);
            assertFalse(out.contains("TransactionException"), out);
            return out;
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }


    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWithAClearError() {
        served(b -> b.queryTimeout(Duration.ofSeconds(1)), server -> {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(server.sparqlUrl(), CROSS_PRODUCT, "text/csv");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("Query timed out: no result within 500 ms (the server's first-result timeout; "
                    + "a query that has started to answer may run 1 s)"), r.body());
            assertTrue(seconds < 5, "stopped by the first-result timeout, after " + seconds + " s");
            // The server is still fine afterwards.
            assertEquals(200, query(server.sparqlUrl(), "ASK {}", "application/sparql-results+json").statusCode());
            assertFalse(server.busy(), "the timed-out query has ended");
            // A client can ask for less time, never for more.
            HttpResponse<String> longer = query(server.sparqlUrl() + "?timeout=3600", CROSS_PRODUCT, "text/csv");
            assertEquals(503, longer.statusCode(), longer.body());
            return null;
        });
        served(b -> b, server -> {
            long t0 = System.nanoTime();
            // timeout=first,overall: ARQ runs only the first-result timeout until the first result.
            HttpResponse<String> shorter = query(server.sparqlUrl() + "?timeout=1,20", CROSS_PRODUCT, "text/csv");
            assertEquals(503, shorter.statusCode(), shorter.body());
            assertTrue(shorter.body().startsWith("Query timed out: no result within 1 s (the request's first-result timeout)"), shorter.body());
            assertTrue((System.nanoTime() - t0) / 1e9 < 10, "the request's shorter timeout applied, not the server's 15 s");
            return null;
        });
    }

    @Test
    void theFirstResultTimeoutAnswers503BeforeAnythingIsStreamed() {
        // A sort must read every row before its first result: with a first-result timeout well
        // below the overall one, it fails cleanly instead of streaming and being cut off.
        served(b -> b.queryTimeout(Duration.ofSeconds(20)).firstResultTimeout(Duration.ofSeconds(1)), server -> {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(server.sparqlUrl(), SORTED_CROSS_PRODUCT, "application/sparql-results+json");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            assertTrue(r.body().startsWith("Query timed out: no result within 1 s (the server's first-result timeout; "
                    + "a query that has started to answer may run 20 s)"), r.body());
            // The sort notices the cancellation once it has read its input (seconds on a busy machine);
            // no timer but the first-result one runs before the first result.
            assertTrue(seconds < 60, "stopped after " + seconds + " s");
            // A query that answers at once may stream past the first-result timeout.
            HttpResponse<String> ok = query(server.sparqlUrl(), "SELECT * { ?s ?p ?o }", "text/csv");
            assertEquals(200, ok.statusCode());
            return null;
        });
        var e = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().dataset(store.datasetGraph())
                .queryTimeout(Duration.ofSeconds(5)).firstResultTimeout(Duration.ofSeconds(6)).build());
        assertTrue(e.getMessage().contains("must be at most the queryTimeout"), e.getMessage());
    }

    @Test
    void sortsAndDistinctSpillToDiskInASmallHeapAndShutdownStaysClean() throws Exception {
        // 256 MB of heap cannot hold 6 million rows: without spilling, these queries exhaust the
        // heap and the server answers 500 (seen with 96 MB: "Currently in an active transaction"
        // after it). With spilling they hold 100,000 rows at most.
        Child c = Child.start(dir, "256m", "--query-timeout", "20", "--first-result-timeout", "10");
        try {
            for (String q : new String[] {SORTED_CROSS_PRODUCT, DISTINCT_CROSS_PRODUCT}) {
                HttpResponse<String> r = query(c.base() + "parley/sparql", q, "text/csv");
                String head = r.body().length() > 300 ? r.body().substring(0, 300) : r.body();
                assertTrue(r.statusCode() == 503 || r.statusCode() == 200, q + " answered " + r.statusCode() + ": " + head);
                if (r.statusCode() == 503) assertTrue(r.body().startsWith("Query timed out: "), head);
                assertEquals(200, get(c.base() + "$/ping").statusCode(), "the server still answers after " + q);
            }
            // A query still running when SIGTERM comes is cancelled; it does not hold the store open.
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(
                    () -> query(c.base() + "parley/sparql", SORTED_CROSS_PRODUCT, "text/csv"));
            Thread.sleep(1500);
            assertFalse(running.isDone(), "the query is still running");
            String out = c.stopCleanly(30);
            assertFalse(out.contains("Java heap space"), out);
        } finally {
            c.process().destroyForcibly();
        }
    }

    /**
     * Forty a's and a '!': {@code ^(.*a){20}$} tries every way to cut them into twenty pieces
     * before it fails (days of one core; Java's regex memoizes {@code (a+)+}, not this).
     */
    private static final String AAA = "\"" + "a".repeat(40) + "!\"";
    /** Catastrophic regular expressions: REGEX, fn:matches, REPLACE, REGEX over the data and in EXISTS. */
    private static final List<String> REGEX_BOMBS = List.of(
            "SELECT * { BIND(CONCAT(" + AAA + ", \"\") AS ?x) FILTER(REGEX(?x, \"^(.*a){20}$\")) }",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * { BIND(CONCAT(" + AAA + ", \"\") AS ?x) FILTER(fn:matches(?x, \"^(.*a){20}$\")) }",
            "SELECT ?y { BIND(CONCAT(" + AAA + ", \"\") AS ?x) BIND(REPLACE(?x, \"^(.*a){20}$\", \"b\") AS ?y) FILTER(BOUND(?y)) }",
            "SELECT ?s { ?s ?p ?o FILTER(REGEX(CONCAT(STR(?o), " + AAA + "), \"^(.*a){20}$\")) }",
            "ASK { BIND(CONCAT(" + AAA + ", \"\") AS ?x) FILTER EXISTS { FILTER(REGEX(?x, \"^(.*a){20}$\", \"i\")) } }");

    /** A query by POST that gives up after {@code seconds}, answered with status 0 then. */
    private static HttpResponse<String> queryWithin(String endpoint, String query, int seconds) {
        java.net.http.HttpRequest r = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint))
                .timeout(Duration.ofSeconds(seconds)).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
        try {
            return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AssertionError("no answer within " + seconds + " s: " + query);
        } catch (Exception e) {
            throw new AssertionError(query + ": " + e, e);
        }
    }

    /**
     * Waits until the process uses less than a fifth of a core over two seconds, for at most
     * {@code seconds}; returns the cores it used in the last window measured.
     */
    private static double cpuFallsToIdle(Process p, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        double cores = Double.NaN;
        while (System.nanoTime() < end) {
            long cpu0 = p.info().totalCpuDuration().orElseThrow().toNanos(), t0 = System.nanoTime();
            Thread.sleep(2000);
            long cpu1 = p.info().totalCpuDuration().orElseThrow().toNanos(), t1 = System.nanoTime();
            cores = (double) (cpu1 - cpu0) / (t1 - t0);
            if (cores < 0.2) return cores;
        }
        throw new AssertionError("the server still uses " + String.format("%.2f", cores) + " cores " + seconds + " s after its queries timed out");
    }

    @Test
    void aTimedOutQueryStopsWorkingAndStoppingKeepsItsPromise() throws Exception {
        Child c = Child.start(dir, "256m", "--query-timeout", "2");
        try {
            String endpoint = c.base() + "parley/sparql";
            for (String q : REGEX_BOMBS) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = queryWithin(endpoint, q, 30);
                assertEquals(503, r.statusCode(), q + ": " + r.body());
                assertTrue(r.body().startsWith("Query timed out: "), r.body());
                System.out.printf("regex timed out after %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, q);
            }
            System.out.printf("CPU after the regex timeouts: %.2f cores%n", cpuFallsToIdle(c.process(), 20));
            // An ordinary runaway join is stopped too, not merely its response.
            assertEquals(503, queryWithin(endpoint, CROSS_PRODUCT, 30).statusCode());
            System.out.printf("CPU after the join timeout: %.2f cores%n", cpuFallsToIdle(c.process(), 20));
            // A regex still running when SIGTERM comes is cancelled too.
            CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> queryWithin(endpoint, REGEX_BOMBS.get(0), 60));
            Thread.sleep(500);
            long t0 = System.nanoTime();
            c.stopCleanly(10);
            System.out.printf("stopped %.1f s after SIGTERM%n", (System.nanoTime() - t0) / 1e9);
            running.handle((r, e) -> null).join();
        } finally {
            c.process().destroyForcibly();
        }
    }

    @Test
    void regularExpressionsAnswerAsArqsOwn() {
        // The server's REGEX and REPLACE are its own (stoppable) implementations: same answers as ARQ's.
        List<String> queries = List.of(
                "SELECT ?s ?l { ?s rdfs:label ?l FILTER(REGEX(?l, \"^(.*a){2}\", \"i\")) }",
                "SELECT ?s (REPLACE(?l, \"[aeiou]+\", \"-\") AS ?r) { ?s rdfs:label ?l FILTER(fn:matches(?l, \"Ukr|RUS\", \"i\")) }",
                "SELECT (REPLACE(\"abcb\"@en, \"b\", \"$0$0\") AS ?r) (REGEX(\"a.c\", \".\", \"q\") AS ?q) (REPLACE(\"abc\", \"x*\", \"-\") AS ?e) {}");
        served(b -> b, server -> {
            for (String q : queries) {
                String text = PREFIXES + "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n" + q;
                HttpResponse<String> r = query(server.sparqlUrl(), text, "application/sparql-results+json");
                assertEquals(200, r.statusCode(), r.body());
                List<List<String>> rows = new ArrayList<>();
                for (JsonNode b : json(r.body()).path("results").path("bindings")) {
                    List<String> row = new ArrayList<>();
                    for (JsonNode v : json(r.body()).path("head").path("vars")) {
                        JsonNode cell = b.path(v.asText());
                        row.add(cell.isMissingNode() ? null : cell.path("value").asText());
                    }
                    rows.add(row);
                }
                List<List<String>> expected = new ArrayList<>(select(store, "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>\n" + q));
                Comparator<List<String>> order = Comparator.comparing(Object::toString);
                rows.sort(order);
                expected.sort(order);
                assertFalse(expected.isEmpty(), q);
                assertEquals(expected, rows, q);
            }
            return null;
        });
    }

    @Test
    void corsThroughTheCommandLine() throws Exception {
        String origin = "https://research.example.org";
        Child c = Child.start(dir, "256m", "--cors", origin + ",http://localhost:8080");
        try {
            String url = c.base() + "parley/sparql?query=ASK%7B%7D";
            HttpResponse<String> r = get(url, "Origin", origin);
            assertEquals(200, r.statusCode());
            assertEquals(origin, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), r.headers().toString());
            assertEquals("http://localhost:8080", get(url, "Origin", "http://localhost:8080").headers()
                    .firstValue("Access-Control-Allow-Origin").orElse(null));
            HttpResponse<String> other = get(url, "Origin", "https://elsewhere.example.com");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
            HttpResponse<String> preflight = request("OPTIONS", c.base() + "parley/sparql", null, null, "Origin", origin,
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type");
            assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null), preflight.headers().toString());
            assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"), "read-only: no PUT");
            c.stopCleanly(30);
        } finally {
            c.process().destroyForcibly();
        }
    }

    @Test
    void constructIsCappedAndSaysSo() {
        served(b -> b.constructLimit(10), server -> {
            HttpResponse<String> r = query(server.sparqlUrl(), "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("10", r.headers().firstValue(LimitedQuery.HEADER).orElse(null));
            long lines = r.body().lines().filter(l -> !l.isBlank()).count();
            assertTrue(lines > 0 && lines <= 10, lines + " triples");
            // The same text again: the server parsed it once, and capped a copy of its own.
            HttpResponse<String> again = query(server.sparqlUrl(), "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals("10", again.headers().firstValue(LimitedQuery.HEADER).orElse(null), "capped again");
            assertEquals(r.body(), again.body());
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> bad = query(server.sparqlUrl(), "SELECT * { ?s ?p }", "text/csv");
                assertEquals(400, bad.statusCode(), bad.body());
                assertTrue(bad.body().contains("Encountered"), bad.body());
            }
            HttpResponse<String> blank = query(server.sparqlUrl(), "  ", "text/csv");
            assertEquals(400, blank.statusCode(), blank.body());
            HttpResponse<String> small = query(server.sparqlUrl(), "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?p ?o } LIMIT 3", "application/n-triples");
            assertTrue(small.headers().firstValue(LimitedQuery.HEADER).isEmpty(), "a smaller LIMIT is kept as it is");
            HttpResponse<String> select = query(server.sparqlUrl(), "SELECT * { ?s ?p ?o }", "text/csv");
            assertTrue(select.body().lines().count() > 2000, "SELECT is streamed, not capped");
            return null;
        });
    }

    @Test
    void corsIsOffWithAnEmptyListAndOnlyForTheConfiguredOrigins() {
        String origin = "https://research.example.org";
        served(b -> b.cors(List.of()), server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", origin);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
            return null;
        });
        served(b -> b.cors(List.of(origin)), server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", origin);
            assertEquals(origin, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), r.headers().toString());
            HttpResponse<String> other = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", "https://elsewhere.example.com");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
            HttpResponse<String> preflight = request("OPTIONS", server.sparqlUrl(), null, null, "Origin", origin,
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type");
            assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null), preflight.headers().toString());
            assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"), "read-only: no PUT");
            return null;
        });
    }

    @Test
    void everyRequestIsLoggedOnOneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        served(b -> b.requestLog(out), server -> {
            assertEquals(200, get(server.baseUrl() + "$/ping").statusCode());
            assertEquals(200, query(server.sparqlUrl(), "ASK {}", "application/sparql-results+json").statusCode());
            assertEquals(404, get(server.baseUrl() + "no-such-page").statusCode());
            return null;
        });
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("127\\.0\\.0\\.1 - - \\[.+\\] \"GET /\\$/ping HTTP/1\\.1\" 200 \\d+"), lines.get(0));
        assertTrue(lines.get(1).contains("\"POST /parley/sparql HTTP/1.1\" 200"), lines.get(1));
        assertTrue(lines.get(2).contains("\"GET /no-such-page HTTP/1.1\" 404"), lines.get(2));

        Path file = dir.resolve("logs/requests.log");
        served(b -> b.requestLog(file), server -> get(server.baseUrl() + "$/ping"));
        served(b -> b.requestLog(file), server -> get(server.baseUrl() + "$/ping"));
        assertEquals(2, Files.readAllLines(file).size(), "appended, one line per request");
    }

    @Test
    void theUiAndTheReadOnlyDescriptionsAreServed() {
        served(b -> b, server -> {
            HttpResponse<String> ui = get(server.baseUrl() + "ui/");
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
            HttpResponse<String> desc = get(server.baseUrl() + "$/server");
            assertEquals(200, desc.statusCode());
            JsonNode ds = json(desc.body()).path("datasets").path(0);
            assertEquals("/parley", ds.path("ds.name").asText());
            List<String> types = new java.util.ArrayList<>();
            for (JsonNode service : ds.path("ds.services")) {
                types.add(service.path("srv.type").asText());
                if (service.path("srv.type").asText().equals("query"))
                    assertEquals("sparql", service.path("srv.endpoints").path(0).asText(), "the UI sends queries to the first query endpoint");
            }
            assertEquals(List.of("gsp-r", "query"), types.stream().sorted().toList(), "read-only services only");
            assertEquals(200, get(server.baseUrl() + "$/stats/parley").statusCode());
            HttpResponse<String> list = get(server.baseUrl() + "$/datasets");
            assertEquals(200, list.statusCode(), list.body());
            assertEquals("/parley", json(list.body()).path("datasets").path(0).path("ds.name").asText());
            assertEquals("/parley", json(get(server.baseUrl() + "$/datasets/parley").body()).path("ds.name").asText());
            assertEquals(404, get(server.baseUrl() + "$/datasets/nope").statusCode());
            assertEquals(200, get(server.baseUrl() + "$/ping").statusCode());
            return null;
        });
    }
}
