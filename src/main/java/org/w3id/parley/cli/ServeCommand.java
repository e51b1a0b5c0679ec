package org.w3id.parley.cli;

import org.w3id.parley.api.ImportSummary;
import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code parley serve}: serve the store with Fuseki, importing the bundled data into an empty store first. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP with Fuseki at /parley (read-only).",
                "An empty store is first filled with the data bundled in Parley."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "localhost",
            description = "bind address; the default serves loopback only (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--verbose", description = "print stack traces of failures")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TdbStore tdb = TdbStore.open(store.db);
        if (tdb.size() == 0) {
            ImportSummary s = Importer.run(tdb, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            out.println("imported the bundled data: " + s);
        }
        ParleyServer server = ParleyServer.create().port(port).host(host).dataset(tdb.datasetGraph()).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            tdb.close();
        }, "parley-shutdown"));
        server.start();
        out.println("Parley is serving " + tdb.describe() + " at " + server.baseUrl() + "parley");
        out.println("SPARQL endpoint: " + server.sparqlUrl() + "   (Ctrl-C stops)");
        out.flush();
        server.join();
        return Main.OK;
    }
}
