package org.w3id.parley.server;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.AbstractNetworkConnector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.RequestLog;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.store.TdbStore;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A Fuseki server for one Parley dataset at {@code /parley}:
 * <ul>
 * <li>SPARQL query at {@code /parley/sparql}, {@code /parley/query} and {@code /parley};
 *     read-only Graph Store Protocol at {@code /parley/get} (and {@code /parley?graph=…});</li>
 * <li>Parley's home page at {@code /} (what the dataset holds, links, a label search at
 *     {@code /search}), Fuseki's query UI at {@code /ui/} ({@link UiPath}), the query catalog at
 *     {@code /catalog}, the stance report at {@code /report}, entity pages at {@code /id/…},
 *     health at {@code /$/ping}, read-only descriptions of the server and the dataset at
 *     {@code /$/server} and {@code /$/datasets};</li>
 * <li>the SPARQL 1.1 service description at the query endpoints, for a GET without a query
 *     ({@link ServiceDescription});</li>
 * <li>writes — SPARQL Update at {@code /parley/update}, Graph Store writes at
 *     {@code /parley/data} — only when built with {@link Builder#update(Path)}, and then only
 *     for users in its password file (HTTP basic authentication).</li>
 * </ul>
 * The server sends no request elsewhere on a client's behalf: SPARQL {@code SERVICE} and
 * {@code LOAD} are refused (403) unless their host is {@linkplain Builder#allowService allowed},
 * and {@code LOAD} never reads a local file.
 * Queries stop when they have no result within the {@linkplain Builder#firstResultTimeout
 * first-result timeout} or run past the {@linkplain Builder#queryTimeout query timeout}; SELECT
 * results stream, CONSTRUCT and DESCRIBE are capped ({@link Builder#constructLimit}); sorts and
 * DISTINCT spill to disk past 100,000 rows; a regular expression stops with its query; request
 * bodies larger than {@linkplain Builder#maxBody the limit} get 413. Cross-origin requests are
 * allowed from any origin on the read-only routes, never on writes ({@link Builder#cors}).
 * The server writes no files of its own: no Fuseki module is loaded, so there is no
 * {@code run/} folder (Fuseki's admin area) in the working directory.
 * {@link #close()} cancels the queries still running and waits for them, so that the store can
 * be closed right after.
 *
 * <pre>{@code
 * try (ParleyServer server = ParleyServer.create().port(0).dataset(dsg).build().start()) {
 *     String endpoint = server.sparqlUrl();
 *     ...
 * }
 * }</pre>
 */
public final class ParleyServer implements AutoCloseable {
    /** The dataset's name in URLs. */
    public static final String DATASET = "/parley";

    private final FusekiServer fuseki;
    private final String host;
    private final boolean writable;
    private final PrintStream logFile;
    private final LimitedQuery queries;

    /** The largest response header, in bytes: room for the catalog's redirects to the query editor. */
    static final int RESPONSE_HEADER_BYTES = 64 * 1024;

    /** The default cap on request bodies: 4 MiB. */
    public static final long DEFAULT_MAX_BODY = 4L << 20;

    /** How long {@link #close()} waits for cancelled queries to end. */
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(10);

    private ParleyServer(FusekiServer fuseki, String host, boolean writable, PrintStream logFile, LimitedQuery queries) {
        this.fuseki = fuseki;
        this.host = host;
        this.writable = writable;
        this.logFile = logFile;
        this.queries = queries;
    }

    /**
     * A builder with the defaults: port 3030, loopback only, read-only, 30 s query timeout (15 s
     * to the first result), CORS for any origin on the read-only routes, no request log.
     */
    public static Builder create() {
        return new Builder();
    }

    /** Starts the server; returns this. */
    public ParleyServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://host:port/} */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + "parley/sparql";
    }

    /** Whether writes are served (to authenticated users). */
    public boolean writable() {
        return writable;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /**
     * Stops the server: cancels the queries still running (a timed-out or failed one included),
     * stops Fuseki, and waits up to 10 s for the cancelled queries to end their read
     * transactions; {@link #busy()} says afterwards whether one outlived the wait.
     */
    @Override
    public void close() {
        queries.cancelAll();
        try {
            fuseki.stop();
        } finally {
            long end = System.nanoTime() + CANCEL_WAIT.toNanos();
            while (queries.busy() && System.nanoTime() < end) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (logFile != null) logFile.close();
        }
    }

    /** Whether a query is running; after {@link #close()}, whether one outlived the wait. */
    public boolean busy() {
        return queries.busy();
    }

    /** Builds a {@link ParleyServer}; setters validate their arguments. */
    public static final class Builder {
        private int port = 3030;
        private String host = "localhost";
        private DatasetGraph dsg;
        private Path passwordFile;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private Duration firstResultTimeout;
        private long constructLimit = Endpoints.DEFAULT_CONSTRUCT_LIMIT;
        private List<String> corsOrigins = List.of("*");
        private PrintStream logStream;
        private Path logPath;
        private Catalog catalog;
        private List<String> serviceHosts = List.of();
        private long maxBody = DEFAULT_MAX_BODY;

        private Builder() {}

        /** The port, 0 for any free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("Illegal port=" + port + ": port must be 0..65535");
            this.port = port;
            return this;
        }

        /**
         * The host name or address to bind: "localhost" (the default) binds loopback only,
         * an address binds that address only, "0.0.0.0" binds every interface.
         */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) throw new IllegalArgumentException("Illegal host='': give a host name or address");
            this.host = host;
            return this;
        }

        /** The dataset to serve (its default graph should be the union of its named graphs). */
        public Builder dataset(DatasetGraph dsg) {
            this.dsg = Objects.requireNonNull(dsg, "dataset");
            return this;
        }

        /**
         * Serves writes — SPARQL Update at {@code /parley/update}, Graph Store Protocol writes
         * at {@code /parley/data} — to the users of a password file, with HTTP basic
         * authentication. The file has one line per user, {@code name: password} (Jetty's
         * format; the password may also be given as {@code MD5:…} or {@code CRYPT:…}).
         */
        public Builder update(Path passwordFile) {
            this.passwordFile = PasswordFile.check(Objects.requireNonNull(passwordFile, "passwordFile"));
            return this;
        }

        /** How long a query may run before it is stopped (default 30 s). */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = atLeastOneMilli("queryTimeout", timeout);
            return this;
        }

        /**
         * How long a query may take to its first result (default: half the query timeout). A
         * query stopped before its first result gets a 503 and a message; one stopped by the
         * overall timeout while its results stream can only be cut short, so a shorter
         * first-result timeout turns most runaway queries into clean errors. At most the query
         * timeout (checked by {@link #build()}).
         */
        public Builder firstResultTimeout(Duration timeout) {
            this.firstResultTimeout = atLeastOneMilli("firstResultTimeout", timeout);
            return this;
        }

        /** The most solutions a CONSTRUCT or DESCRIBE may use (default 100,000); the response says when it applied. */
        public Builder constructLimit(long limit) {
            if (limit < 1) throw new IllegalArgumentException("Illegal constructLimit=" + limit + ": must be at least 1");
            this.constructLimit = limit;
            return this;
        }

        /**
         * The origins allowed to make cross-origin requests to the read-only routes ({@code *}
         * for any, the default, or {@code scheme://host[:port]}); an empty list means no CORS
         * headers at all. Writes ({@code /parley/update}, {@code /parley/data}) never allow
         * cross-origin requests, whatever the list.
         */
        public Builder cors(List<String> origins) {
            Objects.requireNonNull(origins, "origins");
            origins.forEach(Cors::check);
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        /** Logs every request, one NCSA common-log line each, to {@code out}. */
        public Builder requestLog(PrintStream out) {
            this.logStream = Objects.requireNonNull(out, "out");
            this.logPath = null;
            return this;
        }

        /** Logs every request, one NCSA common-log line each, appended to {@code file}. */
        public Builder requestLog(Path file) {
            Objects.requireNonNull(file, "file");
            if (Files.isDirectory(file)) throw new IllegalArgumentException("Illegal log file=" + file + ": it is a folder");
            this.logPath = file;
            this.logStream = null;
            return this;
        }

        /** The queries listed at {@code /catalog} (default: the catalog bundled in Parley). */
        public Builder catalog(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * The hosts that SPARQL {@code SERVICE} (and, for writers, {@code LOAD}) may send requests
         * to, over http or https, on any port; none, the default, means the server sends no
         * request anywhere, and {@code LOAD} never reads a local file. A refused request gets 403.
         */
        public Builder allowService(List<String> hosts) {
            Objects.requireNonNull(hosts, "hosts");
            hosts.forEach(ServiceAccess::check);
            this.serviceHosts = List.copyOf(hosts);
            return this;
        }

        /**
         * The largest request body accepted, in bytes (default 4 MiB): a larger one gets 413 on
         * every route, at once when its length is announced, without its being read.
         */
        public Builder maxBody(long bytes) {
            if (bytes < 1) throw new IllegalArgumentException("Illegal maxBody=" + bytes + ": must be at least 1 byte");
            this.maxBody = bytes;
            return this;
        }

        /** A timeout that is at least 1 ms, the resolution the query service works at. */
        private static Duration atLeastOneMilli(String name, Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.toMillis() == 0)
                throw new IllegalArgumentException("Illegal " + name + "=" + timeout + ": must be at least 1 ms");
            return timeout;
        }

        /** Builds the server without starting it. */
        public ParleyServer build() {
            if (dsg == null) throw new IllegalStateException("no dataset: call dataset(...) first");
            Duration first = firstResultTimeout != null ? firstResultTimeout : Duration.ofMillis(Math.max(1, queryTimeout.toMillis() / 2));
            if (first.toMillis() > queryTimeout.toMillis())
                throw new IllegalArgumentException("Illegal firstResultTimeout=" + first + ": must be at most the queryTimeout=" + queryTimeout);
            LimitedQuery queries = Endpoints.queryService(first, queryTimeout, constructLimit);
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
            TdbStore pages = TdbStore.wrap(dsg, "the served dataset");
            String name = DATASET.substring(1);
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .enableStats(true)
                    .add(DATASET, Endpoints.dataService(dsg, passwordFile != null, first, queryTimeout, queries, new ServiceAccess(serviceHosts)))
                    .staticFileBase(FusekiUi.location())
                    // Only the modules configured here: an auto-loaded Fuseki module (FMod_Admin, say)
                    // would create its run/ area in the working directory.
                    .fusekiModules(FusekiModules.empty())
                    .addServlet("", new HomePage(dsg, name)) // exactly "/": the UI is served at /ui/
                    .addServlet("/search", new HomePage(dsg, name))
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet("/$/datasets/*", new DatasetList())
                    .addServlet("/catalog/*", new CatalogPage(catalog != null ? catalog : Catalog.bundled(), pages, name, queryTimeout))
                    .addServlet("/report/*", new ReportPage(pages, name))
                    .addServlet("/id/*", new org.w3id.parley.ld.LinkedDataServlet(dsg)) // linked data: GET /id/{kind}/{slug}
                    .addServlet("/ontology/*", new org.w3id.parley.ld.OntologyServlet(dsg)); // the ontology: RDF, or its HTML reference
            if (passwordFile != null) b.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).realm("Parley");
            b.addFilter("/*", new BodyLimit(maxBody));
            if (!corsOrigins.isEmpty()) b.addFilter("/*", new Cors(corsOrigins));
            b.addFilter("/*", new ServiceDescription(dsg, DATASET));
            // Fuseki's own routes for the dataset, /parley and below: a small result in one write.
            b.addFilter(DATASET + "/*", new WholeSmallResponses());
            FusekiServer fuseki = b.build();
            // The catalog page opens a query in the editor by a redirect that carries the query's
            // text in the Location header (in the URL's fragment, which browsers never send back);
            // the longest catalog queries take about 20 KB there, past Jetty's default of 8 KB.
            for (var c : fuseki.getJettyServer().getConnectors())
                for (var f : c.getConnectionFactories())
                    if (f instanceof HttpConfiguration.ConnectionFactory h) {
                        h.getHttpConfiguration().setResponseHeaderSize(RESPONSE_HEADER_BYTES);
                        h.getHttpConfiguration().setMaxResponseHeaderSize(RESPONSE_HEADER_BYTES);
                    }
            fuseki.getJettyServer().setHandler(new UiPath(fuseki.getJettyServer().getHandler()));
            if (!loopback)
                for (var c : fuseki.getJettyServer().getConnectors())
                    if (c instanceof AbstractNetworkConnector n) n.setHost(host);
            PrintStream file = logPath != null ? RequestLogs.open(logPath) : null;
            PrintStream log = file != null ? file : logStream;
            if (log != null) {
                RequestLog requestLog = RequestLogs.to(log);
                fuseki.getJettyServer().setRequestLog(requestLog);
            }
            return new ParleyServer(fuseki, host, passwordFile != null, file, queries);
        }
    }
}
