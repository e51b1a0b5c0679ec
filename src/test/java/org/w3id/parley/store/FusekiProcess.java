package org.w3id.parley.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuseki in a separate JVM on loopback, serving a TDB2 folder (union default graph, updates
 * allowed) at {@code /ds}; optionally every request needs HTTP Basic authentication with the
 * users of a Jetty password file ({@code user: password} lines). The server binds a free port
 * and prints it; the parent reads it from the log.
 */
public final class FusekiProcess implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("(?m)^parley-test-fuseki port=(\\d+)$");

    private final ServerProcess process;
    private final int port;

    private FusekiProcess(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Fuseki on {@code tdb2} and waits until it serves.
     *
     * @param passwords a Jetty password file, or null for no authentication
     * @param log       where the server's output goes
     */
    public static FusekiProcess start(Path tdb2, Path passwords, Path log) {
        ProcessBuilder pb = passwords == null ? ServerProcess.java(FusekiProcess.class, tdb2.toString())
                : ServerProcess.java(FusekiProcess.class, tdb2.toString(), passwords.toString());
        ServerProcess p = ServerProcess.start("Fuseki", pb, log);
        int port = p.await("printing its port", () -> {
            Matcher m = PORT.matcher(p.output());
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        });
        return new FusekiProcess(p, port);
    }

    /** The dataset URL, {@code http://localhost:PORT/ds}. */
    public String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    /** Kills the server (SIGKILL), as a crash would. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }

    /** The child process: {@code FusekiProcess TDB2-FOLDER [PASSWORD-FILE]}. */
    public static void main(String[] args) {
        TdbStore store = TdbStore.open(Path.of(args[0]));
        FusekiServer.Builder b = FusekiServer.create().loopback(true).port(0).add("/ds", store.datasetGraph(), true);
        if (args.length > 1) b.passwordFile(args[1]).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER);
        FusekiServer server = b.build().start();
        System.out.println("parley-test-fuseki port=" + server.getHttpPort());
        System.out.flush();
        server.join();
    }
}
