package org.w3id.parley.bench;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.NodeUtils;
import org.w3id.parley.TestSupport;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.load.Progress;
import org.w3id.parley.generate.Generator;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.TdbStore;
import org.w3id.parley.store.VirtuosoProcess;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * The benchmark harness: at each scale, generates input, imports it with Parley and loads the
 * identical quads with Jena's {@code tdb2.tdbloader}, parses it with Parley and the same quads
 * with Jena's RIOT, and times every catalog query embedded and over HTTP. Each load runs in a
 * JVM of its own so that its time and memory are its own.
 *
 * <p>Run: {@code mvn -B -Pbench verify} (scales from {@code -Dparley.bench.scales=1,10},
 * results in {@code target/bench/results.md}). The test suite runs it at a tiny scale so that it
 * cannot rot; no figure is asserted anywhere.
 */
public final class Benchmark {
    /**
     * What to measure.
     *
     * @param scales     generator scales
     * @param work       folder for generated input, databases and dumps
     * @param queryRuns  timed runs of each catalog query (after warm-up)
     * @param importHeap the -Xmx of the import JVM, e.g. "1g"
     * @param warmUp     seconds for which a quick query is run before it is timed
     * @param httpWarmUp requests of warm-up for a query that is quick over HTTP, and turns of
     *                   warm-up of the HTTP overhead (see {@link #time(int, double, int, Runnable)})
     */
    public record Config(double[] scales, Path work, int queryRuns, String importHeap, double warmUp, int httpWarmUp) {}

    /** One scale's figures. */
    public record Figures(double scale, long quads, double parleyImportSeconds, double tdbloaderSeconds,
                          double tdbloaderBasicSeconds, double parleyParseSeconds, double riotParseSeconds,
                          double parleyValidateSeconds, long importPeakHeap, long importPeakRss,
                          double remoteImportSeconds, List<QueryLatency> queries, double virtuosoLoadSeconds,
                          List<Beside> beside) {
        /** Parley's import rate over tdb2.tdbloader's default loader, on the same quads. */
        public double rLoad() {
            return tdbloaderSeconds / parleyImportSeconds;
        }

        /** Parley's import rate over tdb2.tdbloader's basic (fully transactional) loader. */
        public double rLoadBasic() {
            return tdbloaderBasicSeconds / parleyImportSeconds;
        }

        /** Parley's JSON → quads rate over RIOT parsing the same quads as N-Quads. */
        public double rParse() {
            return riotParseSeconds / parleyParseSeconds;
        }

        /** Quads a second imported into Fuseki over HTTP. */
        public double remoteRate() {
            return quads / remoteImportSeconds;
        }

        /** The remote import rate over the embedded one. */
        public double rRemote() {
            return parleyImportSeconds / remoteImportSeconds;
        }
    }

    /**
     * Latency of one catalog query.
     *
     * @param name  query name
     * @param rows  rows returned
     * @param runs  timed runs, embedded
     * @param p50ms median, embedded
     * @param p95ms 95th percentile, embedded
     * @param httpRuns  timed runs over HTTP
     * @param httpP50ms median over HTTP (Fuseki on loopback)
     * @param httpP95ms 95th percentile over HTTP
     */
    public record QueryLatency(String name, int rows, int runs, double p50ms, double p95ms, int httpRuns,
                               double httpP50ms, double httpP95ms) {
        String format() {
            return String.join(",", name, Integer.toString(rows), Integer.toString(runs), Double.toString(p50ms),
                    Double.toString(p95ms), Integer.toString(httpRuns), Double.toString(httpP50ms), Double.toString(httpP95ms));
        }

        static QueryLatency parse(String s) {
            String[] f = s.trim().split(",");
            return new QueryLatency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), Integer.parseInt(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
        }

        /** Whether the query ran past the harness's limit and was stopped. */
        public boolean stopped() {
            return rows < 0;
        }
    }

    /**
     * One path's latency for the HTTP overhead: the few-row query {@value #OVERHEAD_QUERY} embedded, or
     * one HTTP request over loopback with a keep-alive client.
     *
     * @param path   what was timed ("embedded", "/parley/sparql", "/catalog/run", "/$/ping")
     * @param runs   timed runs
     * @param p50ms  median
     * @param p95ms  95th percentile
     * @param minMs  fastest run
     */
    public record Overhead(String path, int runs, double p50ms, double p95ms, double minMs) {
        String format() {
            return String.join("\t", path, Integer.toString(runs), Double.toString(p50ms), Double.toString(p95ms),
                    Double.toString(minMs));
        }

        static Overhead parse(String s) {
            String[] f = s.trim().split("\t");
            return new Overhead(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]));
        }
    }

    /**
     * One catalog query on another store, beside Parley's embedded TDB2: the same query text with
     * the same parameters bound, timed the same way.
     *
     * @param name   query name
     * @param store  "virtuoso" (Virtuoso over HTTP, loaded from the N-Quads dump with its own bulk
     *               loader) or "memory" (Jena's in-memory dataset holding the same dump)
     * @param rows   rows returned, -1 when the query failed there
     * @param runs   timed runs
     * @param p50ms  median
     * @param p95ms  95th percentile
     * @param answer how its rows compare with TDB2's: "same", "same rows, other order", or what differs
     */
    public record Beside(String name, String store, int rows, int runs, double p50ms, double p95ms, String answer) {
        String format() {
            return String.join("\t", name, store, Integer.toString(rows), Integer.toString(runs), Double.toString(p50ms),
                    Double.toString(p95ms), answer.replace('\t', ' ').replace('\n', ' '));
        }

        static Beside parse(String s) {
            String[] f = s.split("\t", -1);
            return new Beside(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), f[6]);
        }
    }

    private Benchmark() {}

    /** Runs the harness with system properties {@code parley.bench.scales}, {@code parley.bench.work}, … */
    public static void main(String[] args) throws Exception {
        String existing = System.getProperty("parley.bench.db");
        if (existing != null) {
            String query = System.getProperty("parley.bench.query");
            if (Boolean.getBoolean("parley.bench.overhead")) timeOverhead(Path.of(existing));
            else if (query != null) timeOne(Path.of(existing), query, QUERY_RUNS);
            else probe(Path.of(existing));
            return;
        }
        // An empty list of scales measures only the article data.
        double[] scales = Arrays.stream(System.getProperty("parley.bench.scales", "1").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).toArray();
        Config c = new Config(scales, Path.of(System.getProperty("parley.bench.work", "target/bench")),
                QUERY_RUNS, System.getProperty("parley.bench.heap", "1g"),
                WARM_UP_SECONDS, HTTP_WARM_UP_RUNS);
        List<Figures> figures = new ArrayList<>();
        // The article's own data first: the catalog's latency where a researcher starts.
        boolean onArticle = Boolean.parseBoolean(System.getProperty("parley.bench.article", "true"));
        List<QueryLatency> article = onArticle ? articleLatencies(c) : List.of();
        List<Overhead> overhead = onArticle && !skipped(0).contains("overhead")
                ? overhead(c.work().resolve("article").resolve("parley-db"), c.httpWarmUp(), Integer.getInteger("parley.bench.overheadRuns", 500))
                : List.of();
        Files.createDirectories(c.work());
        Files.writeString(c.work().resolve("results.md"), report(figures, article, overhead));
        for (double scale : c.scales()) {
            figures.add(measure(c, scale));
            // Written after each scale, so a long run that is stopped keeps what it measured.
            Files.writeString(c.work().resolve("results.md"), report(figures, article, overhead));
        }
        System.out.println(report(figures, article, overhead));
    }

    /** Imports the bundled data (the article) into a fresh store and times every catalog query on it. */
    static List<QueryLatency> articleLatencies(Config c) throws Exception {
        Path db = c.work().resolve("article").resolve("parley-db");
        deleteTree(db.getParent());
        try (TdbStore store = TdbStore.open(db)) {
            Importer.run(store, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        }
        note("article data imported");
        return queryLatencies(db, c, null, null, new ArrayList<>());
    }

    /** Measures every configured scale. */
    public static List<Figures> run(Config c) throws Exception {
        List<Figures> out = new ArrayList<>();
        for (double scale : c.scales()) out.add(measure(c, scale));
        return out;
    }

    private static Figures measure(Config c, double scale) throws Exception {
        String tag = String.format(Locale.ROOT, "scale-%s", Double.toString(scale).replace('.', '_'));
        Path dir = c.work().resolve(tag);
        deleteTree(dir);
        Path input = dir.resolve("input"), db = dir.resolve("parley-db"), nq = dir.resolve("dump.nq");
        Generator.create().scale(scale).seed(42).out(input).build().run();

        // Parley: JSON → TDB2, in its own JVM with a fixed heap.
        ChildProcess imp = ChildProcess.java(List.of("-Xmx" + c.importHeap()), MeasuredMain.class.getName(),
                List.of("import", "--db", db.toString(), input.toString())).ok();
        ChildProcess.java(List.of(), MeasuredMain.class.getName(),
                List.of("dump", "--db", db.toString(), "--format", "nquads", "--out", nq.toString())).ok();
        long quads = withoutDescription(nq);
        note("scale %s: Parley import %.1f s, %,d quads", scale, imp.seconds(), quads);

        // Jena: the identical quads with tdb2.tdbloader, default loader and the basic (transactional) one.
        ChildProcess jena = ChildProcess.java(List.of(), "tdb2.tdbloader",
                List.of("--loc", dir.resolve("jena-db").toString(), nq.toString())).ok();
        ChildProcess jenaBasic = ChildProcess.java(List.of(), "tdb2.tdbloader",
                List.of("--loader=basic", "--loc", dir.resolve("jena-basic-db").toString(), nq.toString())).ok();

        // Parsing, in this JVM, best of two after a warm-up: JSON → checked records → quads,
        // against RIOT reading the same quads as N-Quads. Neither validates with SHACL.
        note("tdbloader %.1f s, basic %.1f s", jena.seconds(), jenaBasic.seconds());
        List<Input> inputs = Input.of(List.of(input));
        long[] sink = {0};
        double parleyParse = best(2, () -> Importer.read(inputs, 100, Progress.NONE).quads(q -> sink[0]++));
        double riotParse = best(2, () -> RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                sink[0]++;
            }
        }));
        // SHACL validation on its own, once (what `parley validate` does).
        long t0 = System.nanoTime();
        Importer.prepare(inputs, 100);
        double parleyValidate = (System.nanoTime() - t0) / 1e9;

        note("parse %.1f s, RIOT %.1f s, validate %.1f s", parleyParse, riotParse, parleyValidate);
        // -Dparley.bench.skip=remote,queries leaves those steps out (their columns then say NaN);
        // remote@10 leaves the remote import out at scale 10 only.
        Set<String> skip = skipped(scale);
        double remote = skip.contains("remote") ? Double.NaN : remoteImport(dir, input);
        note("remote import %.1f s", remote);
        // Beside other stores: Virtuoso (Debian's package) loads the same dump with its own bulk
        // loader; Jena's in-memory dataset holds it in each query's JVM.
        List<Beside> beside = new ArrayList<>();
        List<QueryLatency> latencies;
        double virtuosoLoad = Double.NaN;
        var binary = skip.contains("virtuoso") || skip.contains("queries") ? java.util.Optional.<Path>empty() : VirtuosoProcess.locate();
        Path virtuosoDir = dir.resolve("virtuoso");
        Files.createDirectories(virtuosoDir);
        try (VirtuosoProcess virtuoso = binary.map(b -> VirtuosoProcess.start(b, virtuosoDir, VIRTUOSO_BUFFERS)).orElse(null)) {
            if (virtuoso != null) {
                virtuosoLoad = virtuoso.bulkLoad(nq);
                note("Virtuoso bulk load %.1f s", virtuosoLoad);
            }
            latencies = skip.contains("queries") ? List.of()
                    : queryLatencies(db, c, virtuoso == null ? null : virtuoso.sparql(), skip.contains("memory") ? null : nq, beside);
        }
        return new Figures(scale, quads, imp.seconds(), jena.seconds(), jenaBasic.seconds(), parleyParse, riotParse,
                parleyValidate, imp.peakHeap(), imp.peakRss(), remote, latencies, virtuosoLoad, beside);
    }

    /**
     * The steps that {@code -Dparley.bench.skip} leaves out at a scale: each entry is a step's name,
     * left out at every scale, or {@code NAME@SCALE}, left out at that scale only ({@code memory@10}).
     */
    static Set<String> skipped(String property, double scale) {
        Set<String> out = new java.util.HashSet<>();
        for (String entry : property.split(",")) {
            String e = entry.strip();
            int at = e.indexOf('@');
            if (at < 0) out.add(e);
            else if (Double.parseDouble(e.substring(at + 1)) == scale) out.add(e.substring(0, at));
        }
        return out;
    }

    /** The steps left out at a scale by {@code -Dparley.bench.skip} (see {@link #skipped(String, double)}). */
    private static Set<String> skipped(double scale) {
        return skipped(System.getProperty("parley.bench.skip", ""), scale);
    }

    /**
     * Imports the input into `parley serve --update` (Fuseki with authenticated writes, TDB2
     * behind it) running in a JVM of its own, from a second JVM, over loopback HTTP: the seconds
     * the importing JVM ran.
     */
    private static double remoteImport(Path dir, Path input) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path passwd = dir.resolve("passwd"), credentials = dir.resolve("credentials");
        Files.writeString(passwd, "bench: secret\n");
        Files.writeString(credentials, "bench:secret\n");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.w3id.parley.cli.Main", "serve",
                "--db", dir.resolve("fuseki-db").toString(), "--port", Integer.toString(port), "--update",
                "--passwd", passwd.toString(), "--query-timeout", "3600", "--log", dir.resolve("fuseki.log").toString());
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("fuseki.out").toFile()).start();
        try {
            String dataset = "http://localhost:" + port + "/parley";
            awaitUp(dataset + "/sparql?query=ASK%7B%7D", server);
            // The server filled its empty store with the bundled data; --prune makes the store the
            // generated input alone (the bundled source refers to reference records it replaces).
            return ChildProcess.java(List.of(), MeasuredMain.class.getName(), List.of("import", "--endpoint", dataset,
                    "--credentials", credentials.toString(), "--prune", input.toString())).ok().seconds();
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static void awaitUp(String url, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("the server exited with " + server.exitValue());
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer within 5 minutes: " + url);
    }

    /**
     * Times every catalog query, each in a JVM of its own (see {@link #timeOne}), killed when it
     * runs past {@link #QUERY_LIMIT}: such a query is reported with no runs and no latency.
     */
    private static List<QueryLatency> queryLatencies(Path db, Config config, String virtuoso, Path memory, List<Beside> beside)
            throws IOException, InterruptedException {
        List<QueryLatency> out = new ArrayList<>();
        List<String> options = new ArrayList<>(List.of("-Xmx" + (memory == null ? "2g" : MEMORY_HEAP), "-Dparley.bench.db=" + db,
                "-Dparley.bench.queryRuns=" + config.queryRuns(), "-Dparley.bench.warmUp=" + config.warmUp(),
                "-Dparley.bench.budget=" + QUERY_BUDGET_SECONDS, "-Dparley.bench.httpWarmUp=" + config.httpWarmUp()));
        if (virtuoso != null) options.add("-Dparley.bench.virtuoso=" + virtuoso);
        if (memory != null) options.add("-Dparley.bench.memory=" + memory);
        // Each store beside TDB2 gets the same time again.
        Duration limit = QUERY_LIMIT.multipliedBy(1 + (virtuoso == null ? 0 : 1) + (memory == null ? 0 : 1));
        for (CatalogQuery cq : Catalog.bundled().all()) {
            List<String> jvm = new ArrayList<>(options);
            jvm.add("-Dparley.bench.query=" + cq.name());
            ChildProcess c = ChildProcess.java(jvm, Benchmark.class.getName(), List.of(), limit);
            QueryLatency q = null;
            for (String line : c.output().split("\n")) {
                if (line.startsWith("latency=")) q = QueryLatency.parse(line.substring(8));
                if (line.startsWith("beside=")) beside.add(Beside.parse(line.substring(7)));
            }
            if (!c.timedOut()) {
                c.ok();
                if (q == null) throw new IllegalStateException("no latency from the query process:\n" + c.output());
            } else if (q == null) {
                q = new QueryLatency(cq.name(), -1, 0, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN);
            }
            note("query %s: %s", cq.name(), c.timedOut() ? "stopped after " + limit.toSeconds() + " s"
                    : String.format(Locale.ROOT, "%d rows, p50 %.1f ms, HTTP p50 %.1f ms", q.rows(), q.p50ms(), q.httpP50ms()));
            out.add(q);
        }
        return out;
    }

    /** The heap of a query's JVM that also holds the dump in Jena's in-memory dataset (-Dparley.bench.memoryHeap). */
    static final String MEMORY_HEAP = System.getProperty("parley.bench.memoryHeap", "8g");

    /** How long one query's process may run: warm-up, timed runs embedded and over HTTP. */
    static final Duration QUERY_LIMIT = Duration.ofSeconds(Long.getLong("parley.bench.queryLimit", 60));

    /** Times one catalog query embedded and over HTTP (Fuseki on loopback) and prints its latency line. */
    private static void timeOne(Path db, String name, int runs) {
        try (TdbStore store = TdbStore.open(db);
             ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph())
                     .queryTimeout(Duration.ofHours(1)).build().start()) {
            CatalogQuery cq = Catalog.bundled().get(name);
            Map<String, RDFNode> bindings = Catalog.bind(cq, required(cq, store), store);
            Query q = QueryRunner.parse(cq.name(), cq.text());
            int[] rows = {0};
            double[] local = time(runs, WARM_UP_SECONDS, () -> rows[0] = store.read(conn -> {
                try (QueryExecution qe = QueryRunner.build(conn, q, bindings)) {
                    return count(qe, q);
                }
            }));
            // Printed now and again with the HTTP figures: a query stopped while it runs over HTTP
            // keeps its embedded figures (the harness reads the last line).
            System.out.println("latency=" + new QueryLatency(cq.name(), rows[0], local.length, pct(local, 50), pct(local, 95),
                    0, Double.NaN, Double.NaN).format());
            System.out.flush();
            // The engine is warm by now: the HTTP runs need only warm the client and the server's path,
            // which takes thousands of requests when they are quick.
            double[] http = time(runs, Math.min(WARM_UP_SECONDS, 2), HTTP_WARM_UP_RUNS, () -> {
                var b = QueryExecutionHTTP.service(server.sparqlUrl()).query(q);
                bindings.forEach(b::substitution);
                try (QueryExecution qe = b.build()) {
                    count(qe, q);
                }
            });
            System.out.println("latency=" + new QueryLatency(cq.name(), rows[0], local.length, pct(local, 50), pct(local, 95),
                    http.length, pct(http, 50), pct(http, 95)).format());
            System.out.flush();
            String virtuoso = System.getProperty("parley.bench.virtuoso"), memory = System.getProperty("parley.bench.memory");
            if (virtuoso == null && memory == null) return;
            Answer expected = store.read(conn -> answer(conn, q, bindings));
            if (virtuoso != null)
                try (RemoteStore remote = RemoteStore.at(virtuoso).build()) {
                    System.out.println("beside=" + beside(cq.name(), "virtuoso", remote::connect, HTTP_WARM_UP_RUNS, q, bindings, expected, runs).format());
                    System.out.flush();
                }
            if (memory != null) {
                // Jena's in-memory dataset with the dump's quads, each triple also in the default
                // graph: Parley's default graph is the union of the named graphs.
                DatasetGraph mem = DatasetGraphFactory.createTxnMem();
                mem.executeWrite(() -> RDFParser.source(Path.of(memory)).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        mem.add(quad);
                        mem.getDefaultGraph().add(quad.asTriple());
                    }
                }));
                System.out.println("beside=" + beside(cq.name(), "memory", () -> RDFConnection.connect(DatasetFactory.wrap(mem)), 0,
                        q, bindings, expected, runs).format());
            }
        }
    }

    /** The query of the HTTP overhead: few rows, and quick embedded. */
    static final String OVERHEAD_QUERY = "red-lines";

    /** Runs {@link #timeOverhead} in a JVM of its own on the article store. */
    static List<Overhead> overhead(Path db, int warmUp, int runs) throws IOException, InterruptedException {
        ChildProcess c = ChildProcess.java(List.of("-Xmx1g", "-Dparley.bench.db=" + db, "-Dparley.bench.overhead=true",
                "-Dparley.bench.httpWarmUp=" + warmUp, "-Dparley.bench.overheadRuns=" + runs),
                Benchmark.class.getName(), List.of()).ok();
        List<Overhead> out = new ArrayList<>();
        for (String line : c.output().split("\n")) if (line.startsWith("overhead=")) out.add(Overhead.parse(line.substring(9)));
        if (out.isEmpty()) throw new IllegalStateException("no overhead from its process:\n" + c.output());
        note("HTTP overhead: %s", out);
        return out;
    }

    /**
     * The HTTP overhead of a query with a few rows: {@value #OVERHEAD_QUERY} run embedded, then over
     * loopback against Parley's server in this JVM, with one keep-alive client (java.net.http,
     * HTTP/1.1) reading each whole response, through Fuseki's SPARQL endpoint (the query text sent
     * as a form, SPARQL results JSON back), through Parley's own route {@code /catalog/run} (the
     * query named, JSON back), and Fuseki's {@code /$/ping}, which runs no query: the floor of a
     * request to Fuseki on this machine. The paths take turns, one request each, for
     * {@code -Dparley.bench.overheadRuns} turns (default 500) after {@code -Dparley.bench.httpWarmUp}
     * of warm-up (the server's path needs thousands to be compiled): a shared machine's slow spells
     * then fall on every path alike, not on whichever ran then.
     */
    private static void timeOverhead(Path db) throws Exception {
        int runs = Integer.getInteger("parley.bench.overheadRuns", 500);
        try (TdbStore store = TdbStore.open(db);
             ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start()) {
            CatalogQuery cq = Catalog.bundled().get(OVERHEAD_QUERY);
            Query q = QueryRunner.parsed(cq);
            Map<String, IntSupplier> paths = new LinkedHashMap<>();
            paths.put("embedded", () -> store.read(conn -> {
                try (QueryExecution qe = QueryRunner.build(conn, q, Map.of())) {
                    return count(qe, q);
                }
            }));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest sparql = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(cq.text(), StandardCharsets.UTF_8)))
                    .build();
            HttpRequest run = HttpRequest.newBuilder(URI.create(server.baseUrl() + "catalog/run?name=" + OVERHEAD_QUERY))
                    .header("Accept", "application/sparql-results+json").build();
            HttpRequest ping = HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/ping")).build();
            paths.put("/parley/sparql", () -> send(http, sparql));
            paths.put("/catalog/run", () -> send(http, run));
            paths.put("/$/ping", () -> send(http, ping));
            for (Overhead o : inTurns(paths, HTTP_WARM_UP_RUNS, runs)) System.out.println("overhead=" + o.format());
            System.out.flush();
        }
    }

    /** One request, its whole response read: the body's length. */
    private static int send(HttpClient http, HttpRequest request) {
        HttpResponse<String> r = TestSupport.send(http, request);
        if (r.statusCode() != 200) throw new IllegalStateException(request.uri() + ": " + r.statusCode() + " " + r.body());
        return r.body().length();
    }

    /** Times each path {@code runs} times, the paths taking turns, after {@code warmUp} turns. */
    static List<Overhead> inTurns(Map<String, IntSupplier> paths, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) paths.values().forEach(IntSupplier::getAsInt);
        Map<String, double[]> ms = new LinkedHashMap<>();
        paths.keySet().forEach(p -> ms.put(p, new double[runs]));
        for (int i = 0; i < runs; i++)
            for (var p : paths.entrySet()) {
                long t0 = System.nanoTime();
                p.getValue().getAsInt();
                ms.get(p.getKey())[i] = (System.nanoTime() - t0) / 1e6;
            }
        List<Overhead> out = new ArrayList<>();
        ms.forEach((p, t) -> {
            Arrays.sort(t);
            out.add(new Overhead(p, runs, pct(t, 50), pct(t, 95), t[0]));
        });
        return out;
    }

    /**
     * Times a query on another store as {@link #time(int, double, int, Runnable)} does, with
     * {@code quickRuns} of warm-up when it is quick (for a store over HTTP), and compares its rows
     * with TDB2's.
     */
    private static Beside beside(String name, String storeName, Supplier<RDFConnection> store, int quickRuns, Query q,
                                 Map<String, RDFNode> bindings, Answer expected, int runs) {
        Answer[] actual = {null};
        try {
            double[] ms = time(runs, Math.min(WARM_UP_SECONDS, 2), quickRuns, () -> {
                try (RDFConnection conn = store.get()) {
                    actual[0] = answer(conn, q, bindings);
                }
            });
            return new Beside(name, storeName, actual[0].rows().length, ms.length, pct(ms, 50), pct(ms, 95),
                    compare(expected, actual[0]));
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            return new Beside(name, storeName, -1, 0, Double.NaN, Double.NaN, "fails: " + why.substring(0, Math.min(160, why.length())));
        }
    }

    /**
     * A query's answer as one 64-bit fingerprint a row, in the order the store gave them: enough
     * to compare answers of millions of rows (the text of 3.9 million rows does not fit in a Java
     * string). A row's fingerprint covers what SPARQL CSV shows of it: each IRI, each literal's
     * lexical form, with each number written in one form for its value (Virtuoso writes the
     * decimal 29.0 as {@code 29}, Jena as {@code 29.0}), and which variables are unbound; blank
     * node labels, local to a store, are left out. An ASK's answer is one row, true or false.
     */
    record Answer(long[] rows) {}

    /** Runs {@code q} over {@code conn} with the harness's substitution and fingerprints its rows. */
    static Answer answer(RDFConnection conn, Query q, Map<String, RDFNode> bindings) {
        try (QueryExecution qe = QueryRunner.build(conn, q, bindings)) {
            if (q.isAskType()) return new Answer(new long[] {fingerprint("ask:" + qe.execAsk())});
            RowSet rows = RowSet.adapt(qe.execSelect());
            List<Var> vars = rows.getResultVars();
            LongStream.Builder out = LongStream.builder();
            StringBuilder key = new StringBuilder();
            while (rows.hasNext()) {
                Binding row = numbersByValue(rows.next());
                key.setLength(0);
                for (Var v : vars) {
                    Node node = row.get(v);
                    if (node == null) key.append('U');
                    else if (node.isURI()) key.append('I').append(node.getURI());
                    else if (node.isLiteral()) key.append('L').append(node.getLiteralLexicalForm());
                    else key.append('B');
                    key.append('\u001f');
                }
                out.add(fingerprint(key));
            }
            return new Answer(out.build().toArray());
        }
    }

    /** FNV-1a over the characters, then a final mix of the bits (MurmurHash3's). */
    private static long fingerprint(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /** The row with each numeric literal in Jena's canonical form for its value. */
    static Binding numbersByValue(Binding row) {
        BindingBuilder b = Binding.builder();
        row.forEach((v, n) -> b.add(v, NodeUtils.isXSDNumeric(n) ? CanonicalizeLiteral.canonicalValue(n) : n));
        return b.build();
    }

    /** "same", "same rows, other order", or how many rows only one side has. */
    static String compare(Answer expected, Answer actual) {
        if (Arrays.equals(expected.rows(), actual.rows())) return "same";
        long[] e = expected.rows().clone(), a = actual.rows().clone();
        Arrays.sort(e);
        Arrays.sort(a);
        long missing = 0, extra = 0;
        int i = 0, j = 0;
        while (i < e.length || j < a.length) {
            if (j == a.length || (i < e.length && e[i] < a[j])) { missing++; i++; }
            else if (i == e.length || a[j] < e[i]) { extra++; j++; }
            else { i++; j++; }
        }
        if (missing == 0 && extra == 0) return "same rows, other order";
        return String.format(Locale.ROOT, "differs: %d of TDB2's rows missing, %d others", missing, extra);
    }

    /**
     * Prints, for each catalog query, the `parley query` arguments that run it on {@code db} with
     * the harness's parameter values: for timing queries one by one, each in a process of its own.
     */
    static void probe(Path db) {
        try (TdbStore store = TdbStore.open(db)) {
            for (CatalogQuery cq : Catalog.bundled().all()) {
                StringBuilder line = new StringBuilder(cq.name());
                required(cq, store).forEach((k, v) -> line.append(" --param ").append(k).append('=').append(v));
                System.out.println(line);
            }
        }
    }

    /** A value for each required parameter without a default: the first entity of its kind in the store. */
    static Map<String, String> required(CatalogQuery cq, TdbStore store) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var p : cq.params()) {
            if (!p.required() || p.defaultValue() != null) continue;
            String cls = switch (p.type()) {
                case "party" -> "State";
                case "claim" -> "ControlClaim";
                case "target" -> "Proposal";
                default -> Character.toUpperCase(p.type().charAt(0)) + p.type().substring(1);
            };
            String iri = store.read(c -> {
                try (QueryExecution qe = c.query("SELECT ?x { ?x a <https://w3id.org/parley/ontology#" + cls + "> } ORDER BY ?x LIMIT 1")) {
                    var rs = qe.execSelect();
                    return rs.hasNext() ? rs.next().getResource("x").getURI() : null;
                }
            });
            if (iri != null) out.put(p.name(), iri);
        }
        return out;
    }

    private static int count(QueryExecution qe, Query q) {
        if (q.isSelectType()) {
            int n = 0;
            for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
            return n;
        }
        if (q.isAskType()) return qe.execAsk() ? 1 : 0;
        return (int) qe.execConstruct().size();
    }

    /** Number of queries in the catalog, each of which is timed. */
    static int catalogSize() {
        return Catalog.bundled().all().size();
    }

    /** Markdown tables of the figures. */
    public static String report(List<Figures> figures) {
        return report(figures, List.of(), List.of());
    }

    /** Markdown tables of the figures, the catalog's latency on the article data and the HTTP overhead, when measured. */
    public static String report(List<Figures> figures, List<QueryLatency> article, List<Overhead> overhead) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Machine: %d cores, %s %s, Java %s, max heap of this JVM %d MiB%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20));
        sb.append("| scale | quads | Parley import s | tdbloader s | tdbloader basic s | R_load | R_load (basic) | Parley parse s | RIOT parse s | R_parse | Parley validate s | import peak heap MiB | import peak RSS MiB | remote import s | remote quads/s | R_remote |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Figures f : figures)
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %d | %d | %.1f | %,.0f | %.2f |%n",
                    f.scale(), f.quads(), f.parleyImportSeconds(), f.tdbloaderSeconds(), f.tdbloaderBasicSeconds(),
                    f.rLoad(), f.rLoadBasic(), f.parleyParseSeconds(), f.riotParseSeconds(), f.rParse(),
                    f.parleyValidateSeconds(), f.importPeakHeap() >> 20, f.importPeakRss() >> 20,
                    f.remoteImportSeconds(), f.remoteRate(), f.rRemote()));
        if (!article.isEmpty()) latencyTable(sb, "on the article data (the bundled data)", article);
        if (!overhead.isEmpty()) overheadTable(sb, overhead);
        for (Figures f : figures) scaleTable(sb, f);
        return sb.toString();
    }

    /**
     * Every query at one scale, in one table: embedded and over HTTP, then beside the other stores,
     * p50 on Virtuoso (over HTTP, as Parley's HTTP column) and on Jena's in-memory dataset
     * (embedded, as Parley's embedded column), the ratios of Parley's to theirs (below 1: Parley is
     * faster), and whether their rows are TDB2's.
     */
    private static void scaleTable(StringBuilder sb, Figures f) {
        sb.append(String.format(Locale.ROOT, "%nEvery catalog query at scale %s (ms; ratio = Parley / other; Virtuoso bulk load %s s;"
                        + " a query's process is stopped after %d s for each store it runs on):%n%n",
                f.scale(), ms(f.virtuosoLoadSeconds()), QUERY_LIMIT.toSeconds()));
        sb.append("| query | rows | runs | p50 | p95 | HTTP runs | HTTP p50 | HTTP p95 | Virtuoso p50 | HTTP / Virtuoso | Virtuoso's rows | in-memory p50 | p50 / in-memory | in-memory rows |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (QueryLatency q : f.queries()) {
            Beside v = f.beside().stream().filter(b -> b.name().equals(q.name()) && b.store().equals("virtuoso")).findFirst().orElse(null);
            Beside m = f.beside().stream().filter(b -> b.name().equals(q.name()) && b.store().equals("memory")).findFirst().orElse(null);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", q.name(),
                    q.stopped() ? "stopped" : Integer.toString(q.rows()), q.runs(),
                    ms(q.p50ms()), ms(q.p95ms()), q.httpRuns() == 0 && !q.stopped() ? "stopped" : Integer.toString(q.httpRuns()),
                    ms(q.httpP50ms()), ms(q.httpP95ms()),
                    v == null ? "–" : ms(v.p50ms()), v == null ? "–" : ratio(q.httpP50ms(), v.p50ms()), v == null ? "not run" : v.answer(),
                    m == null ? "–" : ms(m.p50ms()), m == null ? "–" : ratio(q.p50ms(), m.p50ms()), m == null ? "not run" : m.answer()));
        }
    }

    /** The HTTP overhead: each path's latency, and its median over the embedded median. */
    private static void overheadTable(StringBuilder sb, List<Overhead> overhead) {
        double embedded = overhead.stream().filter(o -> o.path().equals("embedded")).mapToDouble(Overhead::p50ms).findFirst().orElse(Double.NaN);
        sb.append(String.format(Locale.ROOT, "%nHTTP overhead on the article data (%s, %d runs a path after %,d turns of warm-up; keep-alive client; ms):%n%n",
                OVERHEAD_QUERY, overhead.get(0).runs(), HTTP_WARM_UP_RUNS));
        sb.append("| path | p50 | p95 | fastest | p50 over embedded |\n|---|---|---|---|---|\n");
        for (Overhead o : overhead)
            sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", o.path(), o.p50ms(), o.p95ms(), o.minMs(),
                    o.path().equals("embedded") ? "–" : String.format(Locale.ROOT, "%.2f", o.p50ms() - embedded)));
    }

    private static String ms(double ms) {
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String ratio(double parley, double other) {
        return Double.isNaN(parley) || Double.isNaN(other) || other == 0 ? "–" : String.format(Locale.ROOT, "%.2f", parley / other);
    }

    private static void latencyTable(StringBuilder sb, String where, List<QueryLatency> queries) {
        sb.append(String.format(Locale.ROOT, "%nQuery latency %s (ms):%n%n", where));
        sb.append("| query | rows | runs | p50 | p95 | HTTP runs | HTTP p50 | HTTP p95 |\n|---|---|---|---|---|---|---|---|\n");
        for (QueryLatency q : queries)
            sb.append(q.stopped()
                    ? String.format(Locale.ROOT, "| %s | stopped after %d s | 0 | – | – | 0 | – | – |%n", q.name(), QUERY_LIMIT.toSeconds())
                    : String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %s |%n", q.name(), q.rows(),
                    q.runs(), ms(q.p50ms()), ms(q.p95ms()), q.httpRuns() == 0 ? "stopped" : Integer.toString(q.httpRuns()),
                    ms(q.httpP50ms()), ms(q.httpP95ms())));
    }

    /**
     * Drops the dump's VoID/DCAT description graph (which the dump adds and the store does not
     * hold) from an N-Quads file, so that Jena loads exactly the store's quads: their number.
     */
    private static long withoutDescription(Path nq) throws IOException {
        String description = " <" + Dumper.DESCRIPTION_GRAPH + "> .";
        Path tmp = nq.resolveSibling(nq.getFileName() + ".tmp");
        long n = 0;
        try (var lines = Files.lines(nq, StandardCharsets.UTF_8);
             var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (var it = lines.iterator(); it.hasNext(); ) {
                String l = it.next();
                if (l.isBlank() || l.startsWith("#") || l.endsWith(description)) continue;
                out.write(l);
                out.write('\n');
                n++;
            }
        }
        Files.move(tmp, nq, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return n;
    }

    private static double best(int runs, Runnable r) {
        r.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    /**
     * Times up to {@code runs} runs after a warm-up, stopping early once the timed runs have
     * taken {@link #QUERY_BUDGET_SECONDS}: at least three are timed, or just one when the warm-up
     * alone took over a third of the budget, so a slow query is reported from fewer runs rather
     * than holding the harness for hours. The warm-up runs the query at least three times (at
     * most {@code runs}) and for {@code warmUp} seconds (at most 20,000 runs), so that the JIT has
     * compiled the query engine: latency as a running server sees it. In a fresh JVM two seconds
     * were not enough: event-codes on the article data took 24 ms (p50) after two seconds of
     * warm-up and 8 ms after ten.
     */
    private static double[] time(int runs, double warmUp, Runnable r) {
        return time(runs, warmUp, 0, r);
    }

    /**
     * {@link #time(int, double, Runnable)}, with at least {@code quickRuns} warm-up runs when the
     * runs are quick (the fastest so far under {@value #QUICK_MS} ms; at most
     * {@value #QUICK_WARM_UP_SECONDS} s of them). An HTTP request crosses Jetty, Fuseki, the result
     * writer and Jena's client, code that the embedded runs do not warm: on scale-1 data,
     * conditions (no row) took 7.0 ms p50 over HTTP after 200 requests in a fresh JVM, 4.2 ms
     * after 1,800 and 2.2 ms after 3,600, about Virtuoso's time. A request that takes longer is
     * dominated by the query, which the seconds of warm-up cover.
     */
    private static double[] time(int runs, double warmUp, int quickRuns, Runnable r) {
        long start = System.nanoTime();
        int warm = 0;
        double fastest = Double.MAX_VALUE;
        do {
            long t0 = System.nanoTime();
            r.run();
            fastest = Math.min(fastest, (System.nanoTime() - t0) / 1e6);
            warm++;
        } while ((warm < Math.min(3, runs) || elapsed(start) < warmUp && warm < 20_000)
                && elapsed(start) < Math.max(warmUp, QUERY_BUDGET_SECONDS / 4.0)
                || warm < quickRuns && fastest < QUICK_MS && elapsed(start) < QUICK_WARM_UP_SECONDS);
        int least = elapsed(start) / warm > QUERY_BUDGET_SECONDS / 3.0 ? 1 : 3;
        double[] ms = new double[runs];
        int n = 0;
        start = System.nanoTime();
        while (n < runs && (n < least || elapsed(start) < QUERY_BUDGET_SECONDS)) {
            long t0 = System.nanoTime();
            r.run();
            ms[n++] = (System.nanoTime() - t0) / 1e6;
        }
        ms = Arrays.copyOf(ms, n);
        Arrays.sort(ms);
        return ms;
    }

    /**
     * Warm-up requests of a query that is quick over HTTP (-Dparley.bench.httpWarmUp, default
     * 5,000): see {@link #time(int, double, int, Runnable)}.
     */
    static final int HTTP_WARM_UP_RUNS = Integer.getInteger("parley.bench.httpWarmUp", 5_000);

    /**
     * The most timed runs of a query on each store (-Dparley.bench.queryRuns, default 1,000), within
     * {@link #QUERY_BUDGET_SECONDS}: a quick query's p50 then comes from seconds of runs, not
     * from the fraction of a second that 50 runs take, which one slow spell of a shared machine
     * decides.
     */
    static final int QUERY_RUNS = Integer.getInteger("parley.bench.queryRuns", 1_000);

    /**
     * Virtuoso's buffer pool in the harness, in pages of 8 KB (-Dparley.bench.virtuosoBuffers,
     * default 340,000, about 2.7 GB): Virtuoso's tuning guide gives this for a machine of 4 GB, and
     * it holds the indexes of the scale-10 dump, where the tests' 10,000 would make Virtuoso read
     * its pages again and again.
     */
    static final int VIRTUOSO_BUFFERS = Integer.getInteger("parley.bench.virtuosoBuffers", 340_000);

    /** A run under this many milliseconds is quick. */
    private static final double QUICK_MS = 10;

    /**
     * The longest warm-up of quick runs, in seconds: with the embedded runs and the timed ones it
     * stays within the harness's 30 s a store (with 20 s, hedged-records on the article data
     * was stopped at 30 s).
     */
    private static final double QUICK_WARM_UP_SECONDS = 12;

    /** Seconds of warm-up for a query whose runs are quick (-Dparley.bench.warmUp, default 10). */
    private static final double WARM_UP_SECONDS = Double.parseDouble(System.getProperty("parley.bench.warmUp", "10"));

    /** Seconds of timed runs after which a query's timing stops (-Dparley.bench.budget, default 10). */
    private static final double QUERY_BUDGET_SECONDS = Double.parseDouble(System.getProperty("parley.bench.budget", "10"));

    private static void note(String format, Object... args) {
        System.err.printf(Locale.ROOT, format + "%n", args);
    }

    private static double elapsed(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double pct(double[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(p);
        }
    }
}
