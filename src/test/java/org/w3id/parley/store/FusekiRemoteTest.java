package org.w3id.parley.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;
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
