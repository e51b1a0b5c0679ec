package org.w3id.parley.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * {@code parley dump --endpoint}: a dump read over SPARQL from a running server (a real
 * {@link ParleyServer} on loopback over a TDB2 database) is byte for byte the dump of the same
 * database read from its folder, for every format, one graph and the description; a server
 * that cannot be reached gives one line, exit 3 and no file.
 */
class DumpEndpointTest {
    @TempDir
    static Path dir;
    private static Path db;
    private static TdbStore served;
    private static ParleyServer server;
    private static String endpoint;

    @BeforeAll
    static void dumpThenServe() {
        db = dir.resolve("db");
        Run imp = cli("import", "--db", db.toString(), DATA.toString());
        assertEquals(0, imp.code(), imp.err());
        // The dumps from the folder are made before the server holds the store, as they would have to be.
        Run all = cli("dump", "--db", db.toString(), "--all", dir.resolve("from-db").toString());
        assertEquals(0, all.code(), all.err());
        Run one = cli("dump", "--db", db.toString(), "--format", "nquads", "--graph", "2025-04-ceasefire-lines",
                "--out", dir.resolve("from-db-one.nq").toString());
        assertEquals(0, one.code(), one.err());
        served = TdbStore.open(db);
        server = ParleyServer.create().port(0).host("127.0.0.1").dataset(served.datasetGraph()).build().start();
        endpoint = server.baseUrl() + "parley";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (served != null) served.close();
    }

    @Test
    void everyFileOfADumpThroughTheServerIsTheSameAsFromTheFolder() throws IOException {
        Path remote = dir.resolve("from-endpoint");
        Run r = cli("dump", "--endpoint", endpoint, "--all", remote.toString());
        assertEquals(0, r.code(), r.err());
        List<String> names = names(dir.resolve("from-db"));
        assertEquals(names, names(remote));
        assertEquals(DumpFormat.values().length + 1, names.size(), "every format and description.ttl: " + names);
        for (String name : names)
            assertArrayEquals(Files.readAllBytes(dir.resolve("from-db").resolve(name)), Files.readAllBytes(remote.resolve(name)), name);
        // Not an empty agreement: the N-Quads dump holds every quad of the store (the description is beside it).
        long lines = Files.readAllLines(remote.resolve("parley.nq")).stream().filter(l -> !l.startsWith("#")).count();
        assertTrue(lines == served.size() && served.size() > 3000, lines + " lines, " + served.size() + " quads");
    }

    @Test
    void oneGraphThroughTheServerIsTheSameAsFromTheFolder() throws IOException {
        Path out = dir.resolve("from-endpoint-one.nq");
        Run r = cli("dump", "--endpoint", endpoint + "/sparql", "--format", "nquads", "--graph", "2025-04-ceasefire-lines",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("from-db-one.nq")), Files.readAllBytes(out));
        assertTrue(Files.readString(out).contains("<https://w3id.org/parley/graph/source/2025-04-ceasefire-lines> ."));

        Run unknown = cli("dump", "--endpoint", endpoint, "--format", "turtle", "--graph", "no-such-source",
                "--out", dir.resolve("unknown.ttl").toString());
        assertEquals(1, unknown.code(), unknown.err());
        assertTrue(unknown.err().startsWith("parley: Illegal graph=https://w3id.org/parley/graph/source/no-such-source:"
                + " the store has no such graph; it has [https://w3id.org/parley/graph/derived, https://w3id.org/parley/graph/ontology, "), unknown.err());
        assertFalse(Files.exists(dir.resolve("unknown.ttl")));
    }

    @Test
    void theStoreInterfaceReadsTheSameQuadsAsTheDataset() {
        // Dumper.create(Store) reads through SPARQL whatever the store; on the embedded store it must agree too.
        for (DumpFormat f : List.of(DumpFormat.TRIG, DumpFormat.NTRIPLES)) {
            ByteArrayOutputStream direct = new ByteArrayOutputStream(), sparql = new ByteArrayOutputStream();
            Dumper.create(served.datasetGraph()).build().write(f, direct);
            Dumper.create(served).build().write(f, sparql);
            assertArrayEquals(direct.toByteArray(), sparql.toByteArray(), f.id());
        }
    }

    @Test
    void aServerThatDoesNotAnswerGivesOneLineExit3AndNoFile() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + port + "/parley";
        Path all = dir.resolve("dead-all"), out = dir.resolve("dead.ttl");
        Run r = cli("dump", "--endpoint", dead, "--all", all.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals("parley: cannot query " + dead + "/sparql: connection refused", r.err().strip());
        assertEquals("", r.out());
        assertFalse(Files.exists(all), "no folder, no partial dump");
        r = cli("dump", "--endpoint", dead, "--format", "turtle", "--out", out.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));

        Run both = cli("dump", "--endpoint", endpoint, "--db", db.toString(), "--format", "turtle");
        assertEquals(1, both.code());
        assertEquals("parley: --db and --endpoint are mutually exclusive: give one store", both.err().strip());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
