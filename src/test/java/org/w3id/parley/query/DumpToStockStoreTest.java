package org.w3id.parley.query;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestSupport;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.store.TdbStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The path past one machine: an N-Quads dump, sent with one plain Graph Store Protocol request to
 * a stock SPARQL 1.1 server (Fuseki with nothing of Parley's: a TDB2 dataset whose default graph
 * is the union of its named graphs), answers every catalog run with its expected rows when the
 * catalog's queries are sent over plain SPARQL protocol.
 */
class DumpToStockStoreTest {
    @TempDir
    static Path dir;

    private static TdbStore embedded;
    private static FusekiServer server;
    private static String dataset;

    @BeforeAll
    static void loadTheDumpIntoAStockServer() throws Exception {
        embedded = TestSupport.sharedBundledStore();
        Path nq = dir.resolve("parley.nq");
        Dumper.create(embedded.datasetGraph()).build().write(DumpFormat.NQUADS, nq);

        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        server = FusekiServer.create().port(0).loopback(true).add("/ds", dsg, true).build().start();
        dataset = "http://localhost:" + server.getPort() + "/ds";

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(dataset))
                        .header("Content-Type", "application/n-quads")
                        .POST(HttpRequest.BodyPublishers.ofFile(nq)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode() / 100 * 100, r.body());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogRunGivesItsExpectedRows() {
        return CatalogRuns.everyRunOn(() -> RDFConnectionRemote.service(dataset + "/sparql").build(), embedded, "on a stock Fuseki");
    }
}
