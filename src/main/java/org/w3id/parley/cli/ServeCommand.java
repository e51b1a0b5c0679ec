package org.w3id.parley.cli;

import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.api.Parley;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.StoreException;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code parley serve}: serve the store with Fuseki, importing the bundled data into an empty store first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP with Fuseki, read-only unless --update.",
                "Parley's home page is at /, the query editor at /ui/, the query catalog at /catalog, the stance report at /report",
                "and SPARQL at /parley/sparql (a GET without a query gets the service description).",
                "An empty store is first filled with the data bundled in Parley. SIGTERM or Ctrl-C stops it cleanly."})
final class ServeCommand extends Verb {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "localhost",
            description = "bind address; the default serves loopback only (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--update", description = "also serve writes (SPARQL Update at /parley/update, Graph Store writes at /parley/data), "
            + "to the users of --passwd only")
    boolean update;

    @Option(names = "--passwd", paramLabel = "FILE", description = "password file for --update: one 'name: password' line per user")
    Path passwd;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "stop a query that runs longer (default: ${DEFAULT-VALUE})")
    double queryTimeout;

    @Option(names = "--first-result-timeout", paramLabel = "SECONDS",
            description = "stop a query that has no result within this time, with a 503 (default: half of --query-timeout)")
    Double firstResultTimeout;

    @Option(names = "--cors", paramLabel = "ORIGINS", split = ",", defaultValue = "*",
            description = "the origins whose scripts may use the read-only routes (comma-separated scheme://host[:port]), * for any, "
                    + "or none; writes never allow cross-origin requests (default: ${DEFAULT-VALUE})")
    List<String> cors = List.of("*");

    @Option(names = "--allow-service", paramLabel = "HOSTS", split = ",",
            description = "let SPARQL SERVICE (and LOAD, with --update) send requests to these hosts (comma-separated, or repeat the option); "
                    + "none by default: the server fetches nothing on a client's behalf")
    List<String> allowService = List.of();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "4194304",
            description = "refuse request bodies larger than this with 413 (default: ${DEFAULT-VALUE}, 4 MiB)")
    long maxBody;

    @Option(names = "--log", paramLabel = "FILE", description = "append the request log (NCSA format) to FILE instead of standard output")
    Path log;

    @Override
    public Integer call() throws Exception {
        if (update && passwd == null) throw new UsageException("--update needs --passwd FILE: writes are only served to authenticated users");
        if (passwd != null && !update) throw new UsageException("--passwd is only used with --update");
        if (!(queryTimeout > 0) || queryTimeout > 86_400)
            throw new UsageException("Illegal --query-timeout=" + queryTimeout + ": give seconds, more than 0 and at most 86400");
        if (firstResultTimeout != null && (!(firstResultTimeout > 0) || firstResultTimeout > queryTimeout))
            throw new UsageException("Illegal --first-result-timeout=" + firstResultTimeout
                    + ": give seconds, more than 0 and at most --query-timeout (" + queryTimeout + ")");
        ParleyServer.Builder builder = ParleyServer.create().port(port).host(host)
                .queryTimeout(Duration.ofMillis(Math.max(1, Math.round(queryTimeout * 1000)))).cors(corsOrigins()).allowService(allowService).maxBody(maxBody);
        if (firstResultTimeout != null) builder.firstResultTimeout(Duration.ofMillis(Math.max(1, Math.round(firstResultTimeout * 1000))));
        if (update) builder.update(passwd);
        if (log != null) builder.requestLog(log);
        else builder.requestLog(System.out);

        PrintWriter out = out();
        TdbStore tdb = store.open();
        Parley parley = Parley.of(tdb);
        ParleyServer server;
        try {
            Optional<ImportSummary> imported = parley.importBundledIfEmpty();
            if (imported.isPresent()) out.println("imported the bundled data: " + imported.get());
            else DeriveCommand.upgrade(parley, err(), "");
            server = builder.dataset(tdb.datasetGraph()).build();
        } catch (RuntimeException e) {
            parley.close();
            throw e;
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.close();
            parley.close();
            throw new StoreException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        parley.closeOnShutdown(() -> {
            // close() cancels running queries and waits for them; a query that still holds its
            // read transaction must not keep the process from stopping (the store is released anyway).
            try {
                server.close();
            } catch (RuntimeException e) {
                System.out.println("Parley: stopping the server failed: " + e);
            }
        }, line -> {
            System.out.println(line);
            System.out.flush();
        });
        String base = server.baseUrl();
        out.println("Parley is serving " + tdb.describe() + " at " + base + " ("
                + (server.writable() ? "writes for the users of " + passwd : "read-only") + ")");
        out.println("  home page:      " + base);
        out.println("  query editor:   " + base + "ui/#/dataset/parley/query");
        out.println("  query catalog:  " + base + "catalog");
        out.println("  stance report:  " + base + "report");
        out.println("  SPARQL endpoint: " + server.sparqlUrl() + "   (Ctrl-C stops)");
        out.flush();
        server.join();
        return Main.OK;
    }

    /** The --cors origins: "none" alone turns cross-origin access off. */
    private List<String> corsOrigins() {
        if (cors.contains("none")) {
            if (cors.size() > 1) throw new UsageException("Illegal --cors=" + String.join(",", cors) + ": none cannot be combined with origins");
            return List.of();
        }
        return cors;
    }

    /** The innermost cause's message ("Address already in use"), without exception class names. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
