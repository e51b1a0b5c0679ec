package org.w3id.parley.server;

import org.junit.jupiter.api.Test;
import org.w3id.parley.TestSupport;
import org.w3id.parley.store.TdbStore;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/** A real Fuseki server on a free loopback port, queried over real HTTP. */
class ServerTest {
    private static final String REGIONS =
            "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a <https://w3id.org/parley/ontology#Region> }";

    @Test
    void servesTheSixRegionsOverHttp() throws Exception {
        TdbStore store = TestSupport.sharedBundledStore();
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            for (String endpoint : new String[] {"parley/sparql", "parley/query"}) {
                HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint))
                        .header("Accept", "text/csv")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(REGIONS, StandardCharsets.UTF_8)))
                        .build();
                HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, resp.statusCode(), endpoint + ": " + resp.body());
                assertEquals("n\r\n6\r\n", resp.body(), endpoint);
            }
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "$/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
        } finally {
            server.close();
        }
    }

    @Test
    void hostBindsThatAddressOnly() {
        try (TdbStore store = TdbStore.inMemory()) {
            // 127.0.0.2 is a loopback address too, but a server bound to it does not answer on 127.0.0.1.
            ParleyServer server = ParleyServer.create().port(0).host("127.0.0.2").dataset(store.datasetGraph()).build().start();
            try {
                assertEquals("http://127.0.0.2:" + server.port() + "/", server.baseUrl());
                assertEquals(200, org.w3id.parley.TestSupport.get(server.baseUrl() + "$/ping").statusCode());
                var refused = assertThrows(java.io.UncheckedIOException.class,
                        () -> org.w3id.parley.TestSupport.get("http://127.0.0.1:" + server.port() + "/$/ping"));
                assertTrue(refused.getCause() instanceof java.net.ConnectException, refused.toString());
            } finally {
                server.close();
            }
        }
    }

    @Test
    void builderRejectsBadPorts() {
        var e = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().port(70000));
        assertEquals("Illegal port=70000: port must be 0..65535", e.getMessage());
    }
}
