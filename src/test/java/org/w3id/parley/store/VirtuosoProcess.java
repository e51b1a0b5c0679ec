package org.w3id.parley.store;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Virtuoso Open Source (Debian's {@code virtuoso-opensource}) started from its {@code virtuoso-t}
 * binary on loopback, with a fresh database and our own {@code virtuoso.ini} in a folder. A new
 * database has the administrator {@code dba} with password {@code dba}, who holds the
 * SPARQL_UPDATE role; {@code /sparql} answers anonymous queries, {@code /sparql-auth} and
 * {@code /sparql-graph-crud-auth} take updates and Graph Store Protocol writes with HTTP Digest
 * authentication.
 */
public final class VirtuosoProcess implements AutoCloseable {
    /** The administrator of a fresh database. */
    public static final Credentials DBA = new Credentials("dba", "dba");

    private final ServerProcess process;
    private final int sqlPort;
    private final int httpPort;
    private final Path dir;

    private VirtuosoProcess(ServerProcess process, int sqlPort, int httpPort, Path dir) {
        this.process = process;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
        this.dir = dir;
    }

    /**
     * The {@code virtuoso-t} binary for a test that needs it: in CI (where {@code .ci/run}
     * installs it) a missing binary fails the test; elsewhere the test is skipped, saying why.
     */
    public static Path required() {
        Optional<Path> binary = locate();
        if (binary.isEmpty()) {
            String why = "virtuoso-t is not on the PATH or in /usr/bin: install Debian's virtuoso-opensource";
            if ("true".equals(System.getenv("CI"))) Assertions.fail(why + " (.ci/run installs it)");
            Assumptions.abort(why);
        }
        return binary.get();
    }

    /** The {@code virtuoso-t} binary: on the PATH or in /usr/bin. */
    public static Optional<Path> locate() {
        return binary("virtuoso-t").map(Path::of);
    }

    /**
     * For a test that compares Virtuoso with a store: Virtuoso ({@link #required()}) started in
     * {@code dir/virtuoso} with the store's N-Quads dump ({@code dir/parley.nq}) bulk-loaded.
     */
    public static VirtuosoProcess holdingDumpOf(TdbStore store, Path dir) throws IOException {
        Path binary = required();
        Path nq = dir.resolve("parley.nq");
        Dumper.create(store.datasetGraph()).build().write(DumpFormat.NQUADS, nq);
        VirtuosoProcess virtuoso = start(binary, Files.createDirectories(dir.resolve("virtuoso")));
        virtuoso.bulkLoad(nq);
        return virtuoso;
    }

    /**
     * Creates a database in {@code dir}, starts Virtuoso on two free loopback ports and waits until
     * SPARQL answers; 10,000 buffers of 8 KB, enough for the tests' small stores.
     */
    public static VirtuosoProcess start(Path binary, Path dir) {
        return start(binary, dir, 10_000);
    }

    /**
     * As {@link #start(Path, Path)}, with {@code buffers} pages of 8 KB in Virtuoso's buffer pool
     * (three quarters of them may be dirty): a store of millions of quads wants its indexes held
     * there, as Virtuoso's own tuning guide advises (340,000 for a machine of 4 GB).
     */
    public static VirtuosoProcess start(Path binary, Path dir, int buffers) {
        int sqlPort = freePort(), httpPort = freePort();
        Path ini = dir.resolve("virtuoso.ini");
        String d = dir.toAbsolutePath().toString();
        String text = """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                Striping = 0
                TempStorage = TempDatabase

                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                Striping = 0

                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                MaxClientConnections = 10
                CheckpointInterval = 60
                CaseMode = 2
                DirsAllowed = %1$s
                NumberOfBuffers = %4$d
                MaxDirtyBuffers = %5$d

                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = %1$s
                MaxClientConnections = 10
                ServerThreads = 10
                Charset = UTF-8

                [SPARQL]
                ; The Debian default (10000) would silently cut the tests' full-store reads, and
                ; a million the harness's largest answers (3.9 million rows at scale 1).
                ResultSetMaxRows = 100000000
                MaxQueryExecutionTime = 600
                """.formatted(d, sqlPort, httpPort, buffers, buffers / 4 * 3);
        try {
            Files.writeString(ini, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder pb = new ProcessBuilder(binary.toString(), "-f", "-c", ini.toAbsolutePath().toString()).directory(dir.toFile());
        ServerProcess p = ServerProcess.start("Virtuoso", pb, dir.resolve("console.log"));
        VirtuosoProcess v = new VirtuosoProcess(p, sqlPort, httpPort, dir);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(v.sparql() + "?query=ASK%7B%7D")).build();
        p.await("answering SPARQL", () -> {
            try {
                return http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? Boolean.TRUE : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        });
        return v;
    }

    /** The anonymous query endpoint. */
    public String sparql() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    /** The authenticated SPARQL endpoint (queries and updates, HTTP Digest). */
    String sparqlAuth() {
        return "http://127.0.0.1:" + httpPort + "/sparql-auth";
    }

    /** The authenticated Graph Store Protocol endpoint (HTTP Digest). */
    String gspAuth() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    /**
     * Loads an N-Quads file with Virtuoso's own bulk loader ({@code ld_dir} and {@code rdf_loader_run}
     * through {@code isql-vt}), as a user moving a dump to Virtuoso would, and checkpoints. The file
     * is copied into the server's folder, the one folder it may read.
     *
     * @return the seconds the loader took, copy excluded
     */
    public double bulkLoad(Path nquads) {
        try {
            Path file = Files.copy(nquads, dir.resolve("load-" + System.nanoTime() + ".nq"));
            String isql = binary("isql-vt").orElseThrow(() -> new IllegalStateException("isql-vt is not installed"));
            String script = "ld_dir('" + dir.toAbsolutePath() + "', '" + file.getFileName() + "', 'urn:parley:unnamed');\n"
                    + "rdf_loader_run();\ncheckpoint;\n"
                    + "select count(*) from DB.DBA.LOAD_LIST where ll_error is not null;\n";
            long start = System.nanoTime();
            Process p = new ProcessBuilder(isql, "127.0.0.1:" + sqlPort, DBA.user(), DBA.password())
                    .redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0 || out.contains("Error") || !out.matches("(?s).*\\n\\s*0\\s*\\n.*"))
                throw new IllegalStateException("Virtuoso's bulk loader failed on " + nquads + ":\n" + out);
            double seconds = (System.nanoTime() - start) / 1e9;
            Files.delete(file);
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Virtuoso binary: on the PATH or in /usr/bin. */
    private static Optional<String> binary(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(java.io.File.pathSeparator)), Stream.of("/usr/bin", "/usr/local/bin"))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable)
                .map(Path::toString).findFirst();
    }

    @Override
    public void close() {
        process.close();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
