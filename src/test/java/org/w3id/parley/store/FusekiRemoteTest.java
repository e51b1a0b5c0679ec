package org.w3id.parley.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.Integration;
import org.w3id.parley.rdf.Ids;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * The remote store against Fuseki running in a separate JVM on loopback, over TDB2, with HTTP
 * Basic authentication required for every request.
 */
@Integration
class FusekiRemoteTest extends RemoteStoreContract {
    private static final Credentials USER = new Credentials("parley", "s3cret:with-colon");

    @TempDir
    static Path serverDir;
    private static FusekiProcess fuseki;

    @BeforeAll
    static void startFuseki() throws IOException {
        Path passwords = serverDir.resolve("passwords");
        Files.writeString(passwords, USER.user() + ": " + USER.password() + "\n");
        fuseki = FusekiProcess.start(serverDir.resolve("tdb2"), passwords, serverDir.resolve("fuseki.log"));
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) fuseki.close();
    }

    @Override
    RemoteStore.Builder store(java.util.function.UnaryOperator<String> via) {
        return RemoteStore.at(via.apply(fuseki.datasetUrl())).credentials(USER);
    }

    @Override
    List<String> endpointOptions() {
        return List.of("--endpoint", fuseki.datasetUrl());
    }

    @Override
    Credentials credentials() {
        return USER;
    }

    @Override
    boolean updateRequestsAreAllOrNothing() {
        return true;
    }

    @Test
    void aServerKilledMidImportLeavesTheTargetGraphsAsBefore() {
        int batch = 1000;
        Path tdb2 = dir.resolve("tdb2");
        List<String> before;
        String update;
        try (FusekiProcess server = FusekiProcess.start(tdb2, null, dir.resolve("fuseki-1.log"))) {
            update = server.datasetUrl() + "/update";
            try (RemoteStore s = RemoteStore.at(server.datasetUrl()).batchSize(batch).build()) {
                Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
                before = nquads(s, Ids.GRAPH_BASE);
                // Replace the reference graph and add a new one with 5 batches of generated quads;
                // the server dies as soon as the first batch is in.
                String generated = Ids.sourceGraph("generated");
                StoreException e = assertThrows(StoreException.class, () -> s.replaceGraphs(Set.of(Ids.REFERENCE_GRAPH, generated), sink -> {
                    for (int i = 0; i < 5 * batch; i++) {
                        sink.accept(Quad.create(NodeFactory.createURI(i % 2 == 0 ? generated : Ids.REFERENCE_GRAPH),
                                NodeFactory.createURI(Ids.entity("test", "n" + i)),
                                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                                NodeFactory.createLiteralString("generated " + i)));
                        if (i == batch - 1) {
                            // The manifest's two quads (a staging graph for each target) and 998 of the data.
                            assertEquals(batch, nquads(s, RemoteStore.STAGING_BASE).size(), "the first batch is staged");
                            assertSameQuads(before, targets(s), "targets while staging");
                            server.kill();
                        }
                    }
                }));
                assertEquals("cannot write " + batch + " quads to staging graphs at " + update + ": connection refused", e.getMessage());
            }
        }
        try (FusekiProcess again = FusekiProcess.start(tdb2, null, dir.resolve("fuseki-2.log"));
             RemoteStore s = RemoteStore.at(again.datasetUrl()).build()) {
            assertSameQuads(before, targets(s), "targets after the crash and a restart");
            // The staged batch outlived the server that could not drop it; dropStaging clears it.
            assertEquals(batch, nquads(s, RemoteStore.STAGING_BASE).size());
            assertEquals(3, s.dropStaging().size(), "the manifest and the two staging graphs the first batch went to");
            assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE));
            assertSameQuads(before, nquads(s, Ids.GRAPH_BASE), "after dropStaging");
        }
    }

    /**
     * Staging graphs left by an import that died with the server (made here as an older Parley
     * left them, a decimal as {@code "100"}): the next import says they remain and how to remove
     * them; {@code parley repair} drops them all, says what it dropped, and leaves Parley's graphs.
     */
    @Test
    void repairDropsTheStagingGraphsADeadImportLeftAndImportSaysTheyRemain() throws IOException {
        Path cred = credentialsFile(USER.user() + ":" + USER.password());
        String run = RemoteStore.STAGING_BASE + "0b5e55ed-0000-4000-8000-000000000000/";
        try (RemoteStore s = store().build(); org.apache.jena.rdfconnection.RDFConnection c = s.connect()) {
            c.update("INSERT DATA { GRAPH <" + run + "manifest> { <" + run + "0> <" + RemoteStore.STAGING_BASE + "replaces> <"
                    + Ids.sourceGraph("2025-04-ceasefire-lines") + "> }\n GRAPH <" + run + "0> { <"
                    + Ids.entity("claim", "kremlin-claims-kursk-99-5-percent") + "> <https://w3id.org/parley/ontology#sharePercent> \"100\"^^<http://www.w3.org/2001/XMLSchema#decimal> ;"
                    + " a <https://w3id.org/parley/ontology#ControlClaim> } }");
        }
        Run imp = cli(args("import", "--credentials", cred.toString(), DATA.toString()));
        assertEquals(0, imp.code(), imp.err());
        assertEquals("parley: warning: 2 staging graphs of 1 import, 3 quads from other imports remain in SPARQL endpoint "
                + fuseki.datasetUrl() + "/sparql; queries over the default graph see them. Unless an import is running, remove"
                + " them with 'parley repair' and the same --endpoint options", imp.err().strip());
        try (RemoteStore s = store().build()) {
            assertEquals("2", value(s, "SELECT (COUNT(?share) AS ?n) { " + iri("claim/kremlin-claims-kursk-99-5-percent")
                    + " parley:sharePercent ?share }"), "the staged share shows in the default graph");
        }

        Run dry = cli(args("repair", "--credentials", cred.toString(), "--dry-run"));
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().endsWith("would drop 2 staging graphs of 1 import, 3 quads from SPARQL endpoint "
                + fuseki.datasetUrl() + "/sparql\n"), dry.out());
        Run repair = cli(args("repair", "--credentials", cred.toString(), "--wait", "1"));
        assertEquals(0, repair.code(), repair.err());
        assertEquals("dropped staging graph " + run + "0 (2 quads)\ndropped staging graph " + run + "manifest (1 quads)\n"
                + "dropped 2 staging graphs of 1 import, 3 quads from SPARQL endpoint " + fuseki.datasetUrl() + "/sparql\n", repair.out());
        try (RemoteStore s = store().build()) {
            assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE));
            assertSameQuads(bundledEmbedded(), nquads(s, Ids.GRAPH_BASE), "Parley's graphs after repair");
            assertEquals("1", value(s, "SELECT (COUNT(?share) AS ?n) { " + iri("claim/kremlin-claims-kursk-99-5-percent")
                    + " parley:sharePercent ?share }"));
        }
        Run again = cli(args("repair", "--credentials", cred.toString()));
        assertEquals(0, again.code(), again.err());
        assertEquals("no staging graphs in SPARQL endpoint " + fuseki.datasetUrl() + "/sparql: nothing to repair\n", again.out());
        Run embedded = cli("repair", "--db", dir.resolve("db").toString());
        assertEquals(1, embedded.code(), embedded.err());
        assertTrue(embedded.err().startsWith("parley: repair needs --endpoint URL"), embedded.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("db")));
    }

    /** Staging graphs that grow while repair watches them belong to a running import: repair drops nothing. */
    @Test
    void repairRefusesWhileAnImportIsStaging() throws Exception {
        Path cred = credentialsFile(USER.user() + ":" + USER.password());
        String run = RemoteStore.STAGING_BASE + "5a1e0000-0000-4000-8000-000000000000/";
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread importer = new Thread(() -> {
            try (RemoteStore s = store().build(); org.apache.jena.rdfconnection.RDFConnection c = s.connect()) {
                for (int i = 0; !stop.get(); i++) {
                    c.update("INSERT DATA { GRAPH <" + run + "0> { <http://example.org/s" + i + "> <http://example.org/p> " + i + " } }");
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        importer.start();
        try {
            Thread.sleep(300);
            Run repair = cli(args("repair", "--credentials", cred.toString(), "--wait", "1"));
            assertEquals(3, repair.code(), repair.out() + repair.err());
            assertTrue(repair.err().contains("an import is running"), repair.err());
            assertTrue(repair.err().contains("nothing was dropped"), repair.err());
            assertEquals("", repair.out());
        } finally {
            stop.set(true);
            importer.join();
        }
        try (RemoteStore s = store().build()) {
            assertFalse(nquads(s, run).isEmpty(), "the running import's staging graph is still there");
        }
    }

    /** Parley's graphs without the staging ones. */
    private static List<String> targets(Store s) {
        return nquads(s, Ids.GRAPH_BASE).stream().filter(q -> !q.contains(" <" + RemoteStore.STAGING_BASE)).toList();
    }

    @Test
    void anUnreachableEndpointExitsWithThreeAndOneLineNamingIt() throws IOException {
        String url = "http://localhost:" + closedPort() + "/ds";
        Run imp = cli("import", "--endpoint", url, "data");
        assertEquals(3, imp.code(), imp.err());
        assertEquals(1, imp.err().lines().count(), imp.err());
        // The first request asks which graphs the store holds (query endpoint), or writes (update endpoint).
        assertTrue(imp.err().contains(url + "/sparql: connection refused") || imp.err().contains(url + "/update: connection refused"), imp.err());
        Path rq = dir.resolve("ask.rq");
        Files.writeString(rq, "ASK {}");
        Run q = cli("query", "--endpoint", url, rq.toString());
        assertEquals(3, q.code(), q.err());
        assertEquals("parley: cannot query " + url + "/sparql: connection refused", q.err().strip());
    }

    @Test
    void dbAndEndpointAreMutuallyExclusive() {
        Run both = cli("import", "--db", dir.resolve("db").toString(), "--endpoint", fuseki.datasetUrl(), "data");
        assertEquals(1, both.code(), both.err());
        assertTrue(both.err().contains("--db and --endpoint are mutually exclusive"), both.err());
        Run orphan = cli("query", "--credentials", "cred.txt", "--list");
        assertEquals(0, orphan.code(), "--list needs no store: " + orphan.err());
        Run noEndpoint = cli("import", "--credentials", "cred.txt", "data");
        assertEquals(1, noEndpoint.code(), noEndpoint.err());
        assertTrue(noEndpoint.err().contains("need --endpoint"), noEndpoint.err());
        Run badUrl = cli("import", "--endpoint", "ftp://example.org/ds", "data");
        assertEquals(1, badUrl.code(), badUrl.err());
        assertTrue(badUrl.err().contains("Illegal endpoint=ftp://example.org/ds: must be an absolute http or https URL"), badUrl.err());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
