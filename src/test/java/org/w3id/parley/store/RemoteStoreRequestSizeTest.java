package org.w3id.parley.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.server.ParleyServer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * A write into a server that limits the size of a request ({@code parley serve --max-body}) is cut
 * into requests under the limit: by the byte budget ({@link RemoteStore.Builder#batchBytes}) and,
 * where the server still answers 413, by sending each half again. Nothing is lost and no staging
 * graph is left.
 */
class RemoteStoreRequestSizeTest {
    private static final int CAP = 64 * 1024;
    private static final Credentials EDITOR = new Credentials("editor", "s3cret");

    @TempDir
    Path dir;

    /** {@code n} quads of about 100 bytes each, half in each of two graphs. */
    private static Consumer<Consumer<Quad>> generated(int n, String a, String b) {
        return sink -> {
            for (int i = 0; i < n; i++)
                sink.accept(Quad.create(NodeFactory.createURI(i % 2 == 0 ? a : b), NodeFactory.createURI(Ids.entity("test", "n" + i)),
                        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                        NodeFactory.createLiteralLang("généré \"" + i + "\"\n", "fr")));
        };
    }

    /** Runs {@code body} against a server with updates and a request limit of {@link #CAP}: the server's request log. */
    private String served(Consumer<ParleyServer> body) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), EDITOR.user() + ": " + EDITOR.password() + "\n");
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        try (TdbStore store = TdbStore.open(dir.resolve("db"));
             java.io.PrintStream out = new java.io.PrintStream(log, true, StandardCharsets.UTF_8);
             ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).update(passwd).maxBody(CAP)
                     .requestLog(out).build().start()) {
            body.accept(server);
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    /** How many requests the server refused as too large, by its request log. */
    private static long refused(String log) {
        return log.lines().filter(l -> l.contains("\" 413 ")).count();
    }

    @Test
    void anImportLargerThanTheServersLimitIsSentInRequestsUnderIt() throws Exception {
        String log = served(server -> {
            // The bundled data is about 600 KB as INSERT DATA: ten times the cap.
            try (RemoteStore s = RemoteStore.at(server.baseUrl() + "parley").credentials(EDITOR).batchBytes(CAP / 2).build()) {
                Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
                assertTrue(s.writeRequests() > 10, "requests: " + s.writeRequests());
                assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE), "no staging graph is left");
            }
            try (TdbStore local = TdbStore.open(dir.resolve("local"))) {
                Importer.run(local, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
                try (RemoteStore s = RemoteStore.at(server.baseUrl() + "parley").build()) {
                    assertEquals(nquads(local, Ids.GRAPH_BASE), nquads(s, Ids.GRAPH_BASE),
                            "the server holds what an embedded import writes, the derived graph included");
                }
            }
        });
        assertEquals(0, refused(log), "every request was under the limit:\n" + log);
    }

    @Test
    void aRequestRefusedAsTooLargeIsSentAgainInHalves() throws Exception {
        String a = Ids.sourceGraph("generated-a"), b = Ids.sourceGraph("generated-b");
        String log = served(server -> {
            // A budget four times the cap: every first request is refused with 413, then halved.
            try (RemoteStore s = RemoteStore.at(server.baseUrl() + "parley").credentials(EDITOR).batchBytes(4L * CAP).build()) {
                s.replaceGraphs(Set.of(a, b), generated(6000, a, b), new UpdateRequest());
                assertEquals(3000, nquads(s, a).size());
                assertEquals(3000, nquads(s, b).size());
                assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE), "no staging graph is left");
                // A write small enough in quads to go in one request, but over the cap in bytes, is staged instead.
                s.replaceGraphs(Set.of(a), generated(1200, a, a), new UpdateRequest());
                assertEquals(1200, nquads(s, a).size());
                assertEquals(3000, nquads(s, b).size(), "the other graph is left as it was");
            }
        });
        assertTrue(refused(log) >= 2, "the server refused the first requests of both writes:\n" + log);
    }

    @Test
    void theEstimateOfARequestIsAtLeastItsSizeAsSent() {
        List<Quad> quads = new ArrayList<>();
        generated(2000, Ids.sourceGraph("a"), Ids.sourceGraph("b")).accept(quads::add);
        try (TdbStore local = TdbStore.open(dir.resolve("local"))) {
            Importer.run(local, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            local.datasetGraph().executeRead(() -> local.datasetGraph().find().forEachRemaining(quads::add));
        }
        long estimate = quads.stream().mapToLong(RemoteStore::bytes).sum();
        QuadDataAcc data = new QuadDataAcc();
        quads.forEach(data::addQuad);
        long sent = new UpdateRequest(new UpdateDataInsert(data)).toString().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(estimate >= sent * 0.9 && estimate <= sent * 1.5, "estimate " + estimate + " for " + sent + " bytes");
    }
}
