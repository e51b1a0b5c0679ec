package org.w3id.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * {@code parley serve} in a process of its own: it prints its port, serves, stops cleanly on
 * SIGTERM, and leaves nothing in its working directory (no {@code run/} folder from Fuseki).
 */
@Integration
class ServeProcessTest {
    private static final Pattern SERVING = Pattern.compile("Parley is serving .* at http://localhost:(\\d+)/ \\(read-only\\)");

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheServerAndLeavesTheStoreReadable() throws Exception {
        Path db = dir.resolve("db");
        Path work = Files.createDirectories(dir.resolve("work"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Output goes to a file: reading a pipe while the process exits can lose its last lines.
        Path log = dir.resolve("serve.out");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", db.toString(), "--port", "0")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = -1;
            while (port < 0 && p.isAlive()) {
                Matcher m = SERVING.matcher(Files.readString(log));
                if (m.find()) port = Integer.parseInt(m.group(1));
                else Thread.sleep(100);
            }
            assertTrue(port > 0, "no port announced:\n" + Files.readString(log));
            String base = "http://localhost:" + port + "/";
            assertEquals(200, get(base + "$/ping").statusCode());
            assertTrue(query(base + "parley/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").body().startsWith("n\r\n"));
            for (String page : new String[] {"", "ui/", "ui/$/server", "catalog", "report", "$/server", "$/datasets", "parley/sparql"})
                assertEquals(200, get(base + page).statusCode(), page);
            assertFalse(Files.exists(work.resolve("run")), "no run/ folder in the working directory");

            p.destroy(); // SIGTERM
            int code = p.waitFor();
            String output = Files.readString(log);
            assertEquals(143, code, "killed by SIGTERM after the shutdown hook ran:\n" + output);
            assertTrue(output.contains("Parley stopped; the store is closed."), output);
            assertTrue(output.contains("\"GET /$/ping HTTP/1.1\" 200"), "the request log is on standard output:\n" + output);
            try (var left = Files.list(work)) {
                assertEquals(List.of(), left.map(f -> f.getFileName().toString()).toList(), "the server left files in its working directory");
            }
        } finally {
            p.destroyForcibly();
        }
        try (TdbStore store = TdbStore.open(db)) {
            assertTrue(store.size() > 2000, "the imported data survives: " + store.size());
            assertEquals("6", value(store, "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a parley:Region }"));
        }
    }
}
