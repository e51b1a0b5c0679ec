package org.w3id.parley.bench;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.query.BadParameterException;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark for {@code parley serve}: concurrent loopback clients run catalog queries
 * against a real server over a TDB2 store on disk, while an import replaces two source graphs
 * again and again. It is a benchmark, not a timed test: it reports errors (which must be 0),
 * mixed reads (which must be 0), throughput and latency percentiles.
 *
 * <p><b>The invariant.</b> Each import writes two sources, {@code bench-a} and {@code bench-b},
 * in one transaction, both carrying the same generation number in their titles and
 * {@value #STANCES} stances each. Every fourth query of each client reads both titles and
 * counts the stances: before and after an import both titles name the same generation and there
 * are {@code 2 × STANCES} stances; a reader that saw part of an import would see two generations
 * or another count — a mix.
 *
 * <p>Each client runs at least its quota of queries and keeps going until the writer has
 * finished at least {@code minImports} imports, so reads always overlap imports.
 *
 * <p><b>Attacks.</b> Beside the readers, one more client sends hostile requests in turn (see
 * {@link Attacks}): each must fail cleanly, with the expected status, without the server
 * reaching out, and without disturbing the readers (whose errors must still be 0).
 *
 * <p><b>The mix.</b> Before the load starts, each catalog query runs once alone over HTTP. One
 * that fails, or takes longer than {@value #SLOW_MS} ms alone, is left out of the mix (a query
 * that takes seconds alone would only measure the timeout under 16 clients); the run prints
 * each query's time alone and which were left out, and the {@link Result} names them.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.w3id.parley.bench.ServeLoad 16 2000
 * </pre>
 */
public final class ServeLoad {
    /** Stances per benchmark source. */
    static final int STANCES = 50;
    /** A catalog query that takes longer than this alone is left out of the load mix. */
    static final long SLOW_MS = 2_000;
    private static final String[] POSITIONS = {"supports", "accepts-conditionally", "open-to", "ambiguous", "sceptical", "opposes", "red-line"};
    private static final Pattern GENERATION = Pattern.compile("generation (\\d+)");
    private static final String INVARIANT = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX parley: <https://w3id.org/parley/ontology#>
            SELECT ?a ?b (COUNT(?s) AS ?n) WHERE {
              GRAPH <https://w3id.org/parley/graph/source/bench-a> { <https://w3id.org/parley/id/source/bench-a> dcterms:title ?a }
              GRAPH <https://w3id.org/parley/graph/source/bench-b> { <https://w3id.org/parley/id/source/bench-b> dcterms:title ?b }
              { GRAPH <https://w3id.org/parley/graph/source/bench-a> { ?s a parley:Stance } }
              UNION
              { GRAPH <https://w3id.org/parley/graph/source/bench-b> { ?s a parley:Stance } }
            } GROUP BY ?a ?b
            """;

    private ServeLoad() {}

    /**
     * What a run measured.
     *
     * @param clients      concurrent clients
     * @param queries      queries answered (all clients)
     * @param errors       failed requests (status other than 200, I/O errors)
     * @param mixes        invariant checks that saw part of an import
     * @param checks       invariant checks made
     * @param imports      imports finished during the run
     * @param seconds      wall time of the reads
     * @param p50ms        median latency
     * @param p95ms        95th percentile latency
     * @param firstErrors  up to five error messages
     * @param mix          the catalog queries in the mix, by name
     * @param leftOut      the catalog queries left out, each with the reason
     * @param attacks      hostile requests sent beside the load (see {@link Attacks})
     */
    public record Result(int clients, long queries, long errors, long mixes, long checks, long imports, double seconds,
                         double p50ms, double p95ms, List<String> firstErrors, List<String> mix, List<String> leftOut,
                         Attacks.Outcome attacks) {
        /** Queries per second. */
        public double throughput() {
            return queries / seconds;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d clients, %d queries in %.1f s: %.0f queries/s, p50 %.1f ms, p95 %.1f ms; %d errors; %d of %d invariant checks saw a mix; %d imports during the run%s; %d catalog queries in the mix%s",
                    clients, queries, seconds, throughput(), p50ms, p95ms, errors, mixes, checks, imports,
                    firstErrors.isEmpty() ? "" : "; first errors: " + firstErrors, mix.size(),
                    leftOut.isEmpty() ? ", none left out" : ", left out: " + leftOut) + "; " + attacks;
        }
    }

    /** Runs the benchmark: {@code [clients [queries-per-client [min-imports]]]}, defaults 16, 2000, 1. */
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int imports = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Path dir = Files.createTempDirectory("parley-bench");
        Result r = run(dir.resolve("db"), clients, queries, imports);
        System.out.println(r);
        System.exit(r.errors() == 0 && r.mixes() == 0 && r.attacks().allClean() ? 0 : 1);
    }

    /**
     * Runs the benchmark.
     *
     * @param db         an empty folder for the TDB2 store
     * @param clients    concurrent clients
     * @param perClient  queries each client runs at least
     * @param minImports imports that must finish while the clients read
     */
    public static Result run(Path db, int clients, int perClient, int minImports) throws Exception {
        if (clients < 1 || perClient < 1 || minImports < 1)
            throw new IllegalArgumentException("Illegal clients=" + clients + ", queries=" + perClient + ", imports=" + minImports + ": all must be at least 1");
        try (TdbStore store = TdbStore.open(db)) {
            Importer.run(store, inputs(0), Importer.DEFAULT_MAX_ERRORS);
            Map<String, String> all = catalogQueries(store);
            ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            try {
                List<String> leftOut = new ArrayList<>();
                Map<String, String> mix = new java.util.LinkedHashMap<>();
                HttpClient alone = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (Map.Entry<String, String> q : all.entrySet()) {
                    long t = System.nanoTime();
                    HttpResponse<String> r = alone.send(post(server.sparqlUrl(), q.getValue()), HttpResponse.BodyHandlers.ofString());
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    System.out.printf(java.util.Locale.ROOT, "alone: %-32s %6d ms  %d%n", q.getKey(), ms, r.statusCode());
                    if (r.statusCode() != 200) leftOut.add(q.getKey() + " (" + r.statusCode() + " alone)");
                    else if (ms > SLOW_MS) leftOut.add(q.getKey() + " (" + ms + " ms alone)");
                    else mix.put(q.getKey(), q.getValue());
                }
                if (mix.isEmpty()) throw new IllegalStateException("every catalog query was left out: " + leftOut);
                if (!leftOut.isEmpty()) System.out.println("left out of the mix: " + leftOut);
                List<String> catalog = List.copyOf(mix.values());
                AtomicLong imports = new AtomicLong();
                AtomicInteger readersLeft = new AtomicInteger(clients);
                List<String> errors = Collections.synchronizedList(new ArrayList<>());
                Future<?> writer = pool.submit(() -> {
                    for (int gen = 1; readersLeft.get() > 0; gen++) {
                        Importer.run(store, inputs(gen), Importer.DEFAULT_MAX_ERRORS);
                        imports.incrementAndGet();
                    }
                    return null;
                });
                AtomicLong mixes = new AtomicLong(), checks = new AtomicLong(), failures = new AtomicLong();
                Attacks attacks = new Attacks(server.sparqlUrl());
                Future<Attacks.Outcome> attacker = pool.submit(() -> attacks.run(() -> readersLeft.get() > 0));
                List<Future<long[]>> readers = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    readers.add(pool.submit(() -> {
                        try {
                            return read(server.sparqlUrl(), client, perClient, catalog, () -> imports.get() >= minImports, mixes, checks, failures, errors);
                        } finally {
                            readersLeft.decrementAndGet();
                        }
                    }));
                }
                List<Long> latencies = new ArrayList<>();
                for (Future<long[]> f : readers) for (long l : f.get()) latencies.add(l);
                double seconds = (System.nanoTime() - t0) / 1e9;
                writer.get();
                Attacks.Outcome attacked = attacker.get();
                Collections.sort(latencies);
                return new Result(clients, latencies.size(), failures.get(), mixes.get(), checks.get(), imports.get(), seconds,
                        percentile(latencies, 50), percentile(latencies, 95), List.copyOf(errors.subList(0, Math.min(5, errors.size()))),
                        List.copyOf(mix.keySet()), List.copyOf(leftOut), attacked);
            } finally {
                pool.shutdownNow();
                server.close();
            }
        }
    }

    /** One client: its latencies in nanoseconds. */
    private static long[] read(String endpoint, int client, int quota, List<String> catalog, java.util.function.BooleanSupplier importsDone,
                               AtomicLong mixes, AtomicLong checks, AtomicLong failures, List<String> errors) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[quota];
        int n = 0;
        for (int i = 0; i < quota || !importsDone.getAsBoolean(); i++) {
            boolean check = i % 4 == 0;
            String query = check ? INVARIANT : catalog.get((client + i) % catalog.size());
            HttpRequest req = post(endpoint, query);
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                if (n == latencies.length) latencies = Arrays.copyOf(latencies, n * 2);
                latencies[n++] = System.nanoTime() - t0;
                if (r.statusCode() != 200) {
                    failures.incrementAndGet();
                    errors.add(r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
                } else if (check) {
                    checks.incrementAndGet();
                    String problem = invariant(r.body());
                    if (problem != null) {
                        mixes.incrementAndGet();
                        errors.add("mix: " + problem);
                    }
                }
            } catch (IOException e) {
                failures.incrementAndGet();
                errors.add(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    private static HttpRequest post(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    /** Null when a TSV answer of {@link #INVARIANT} shows one generation and every stance; else what is wrong. */
    static String invariant(String tsv) {
        List<String> rows = tsv.lines().skip(1).filter(l -> !l.isBlank()).toList();
        if (rows.size() != 1) return "expected one row, got " + rows;
        String[] cols = rows.get(0).split("\t");
        Matcher a = GENERATION.matcher(cols[0]), b = GENERATION.matcher(cols[1]);
        if (!a.find() || !b.find()) return "no generation in " + rows.get(0);
        if (!a.group(1).equals(b.group(1))) return "generation " + a.group(1) + " beside generation " + b.group(1);
        String count = cols[2].replaceAll("^\"?(\\d+).*$", "$1");
        if (!count.equals(Integer.toString(2 * STANCES))) return count + " stances instead of " + (2 * STANCES);
        return null;
    }

    /** The bundled data plus the two benchmark sources of a generation. */
    static List<Input> inputs(int generation) {
        List<Input> in = new ArrayList<>(Input.bundled());
        for (String x : new String[] {"a", "b"}) {
            StringBuilder json = new StringBuilder("{ \"source\": { \"id\": \"bench-" + x + "\", \"title\": \"Load benchmark "
                    + x + ", generation " + generation + "\", \"language\": \"en\" },\n  \"stances\": [");
            for (int i = 0; i < STANCES; i++)
                json.append(i == 0 ? "\n" : ",\n").append("    { \"id\": \"bench-").append(x).append('-').append(i)
                        .append("\", \"holder\": \"ukraine\", \"target\": \"option/crimea-recognised-as-russian-by-ukraine\", \"position\": \"")
                        .append(POSITIONS[(generation + i) % POSITIONS.length]).append("\", \"basis\": \"on-record\", \"quote\": \"generation ")
                        .append(generation).append("\" }");
            json.append("\n  ] }\n");
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            in.add(new Input("bench-" + x + ".json", () -> bytes));
        }
        return in;
    }

    /**
     * Catalog-style queries: every bundled catalog query that runs with its defaults (bound as
     * the catalog page binds them), and the sample catalog of the tests, by name (the samples'
     * names prefixed with {@code sample:}).
     */
    static Map<String, String> catalogQueries(TdbStore store) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        List<CatalogQuery> all = new ArrayList<>(Catalog.bundled().all());
        int bundled = all.size();
        Path samples = Path.of("src/test/resources/catalog");
        if (Files.isDirectory(samples)) all.addAll(Catalog.folder(samples).all());
        for (int i = 0; i < all.size(); i++) {
            CatalogQuery q = all.get(i);
            try {
                Map<String, RDFNode> bindings = Catalog.bind(q, Map.of(), store);
                Query parsed = QueryRunner.parse(q.name(), q.text());
                out.put((i < bundled ? "" : "sample:") + q.name(),
                        bindings.isEmpty() ? q.text() : QueryTransformOps.queryReplaceVars(parsed, bindings).serialize());
            } catch (BadParameterException e) {
                // needs a value that has no default: not runnable unattended
            }
        }
        if (out.isEmpty()) throw new IllegalStateException("no catalog query runs with its defaults");
        return out;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
