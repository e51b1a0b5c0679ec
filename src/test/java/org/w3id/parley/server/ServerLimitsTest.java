package org.w3id.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** Query timeout, CONSTRUCT cap, CORS, request log, health and the pages the UI needs, over real HTTP. */
class ServerLimitsTest extends WithBundledStore {
    /** Four copies of every quad: about 2,500^4 ≈ 4·10^13 rows to count. */
    private static final String CROSS_PRODUCT =
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";


    @TempDir
    Path dir;



    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }


    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWithAClearError() {
        served(b -> b.queryTimeout(Duration.ofSeconds(1)), server -> {
            HttpResponse<String> r = query(server.sparqlUrl(), CROSS_PRODUCT, "text/csv");
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("Query timed out after 1 s (the server's query timeout)"), r.body());
            // The server is still fine afterwards.
            assertEquals(200, query(server.sparqlUrl(), "ASK {}", "application/sparql-results+json").statusCode());
            // A client can ask for less time, never for more.
            HttpResponse<String> longer = query(server.sparqlUrl() + "?timeout=3600", CROSS_PRODUCT, "text/csv");
            assertEquals(503, longer.statusCode(), longer.body());
            return null;
        });
    }

    @Test
    void constructIsCappedAndSaysSo() {
        served(b -> b.constructLimit(10), server -> {
            HttpResponse<String> r = query(server.sparqlUrl(), "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("10", r.headers().firstValue(LimitedQuery.HEADER).orElse(null));
            long lines = r.body().lines().filter(l -> !l.isBlank()).count();
            assertTrue(lines > 0 && lines <= 10, lines + " triples");
            HttpResponse<String> small = query(server.sparqlUrl(), "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?p ?o } LIMIT 3", "application/n-triples");
            assertTrue(small.headers().firstValue(LimitedQuery.HEADER).isEmpty(), "a smaller LIMIT is kept as it is");
            HttpResponse<String> select = query(server.sparqlUrl(), "SELECT * { ?s ?p ?o }", "text/csv");
            assertTrue(select.body().lines().count() > 2000, "SELECT is streamed, not capped");
            return null;
        });
    }

    @Test
    void corsIsOffByDefaultAndOnlyForTheConfiguredOrigins() {
        String origin = "https://research.example.org";
        served(b -> b, server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", origin);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
            return null;
        });
        served(b -> b.cors(List.of(origin)), server -> {
            HttpResponse<String> r = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", origin);
            assertEquals(origin, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), r.headers().toString());
            HttpResponse<String> other = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", "https://elsewhere.example.com");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
            HttpResponse<String> preflight = request("OPTIONS", server.sparqlUrl(), null, null, "Origin", origin,
                    "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type");
            assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null), preflight.headers().toString());
            assertFalse(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("PUT"), "read-only: no PUT");
            return null;
        });
    }

    @Test
    void everyRequestIsLoggedOnOneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        served(b -> b.requestLog(out), server -> {
            assertEquals(200, get(server.baseUrl() + "$/ping").statusCode());
            assertEquals(200, query(server.sparqlUrl(), "ASK {}", "application/sparql-results+json").statusCode());
            assertEquals(404, get(server.baseUrl() + "no-such-page").statusCode());
            return null;
        });
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("127\\.0\\.0\\.1 - - \\[.+\\] \"GET /\\$/ping HTTP/1\\.1\" 200 \\d+"), lines.get(0));
        assertTrue(lines.get(1).contains("\"POST /parley/sparql HTTP/1.1\" 200"), lines.get(1));
        assertTrue(lines.get(2).contains("\"GET /no-such-page HTTP/1.1\" 404"), lines.get(2));

        Path file = dir.resolve("logs/requests.log");
        served(b -> b.requestLog(file), server -> get(server.baseUrl() + "$/ping"));
        served(b -> b.requestLog(file), server -> get(server.baseUrl() + "$/ping"));
        assertEquals(2, Files.readAllLines(file).size(), "appended, one line per request");
    }

    @Test
    void theUiAndTheReadOnlyDescriptionsAreServed() {
        served(b -> b, server -> {
            HttpResponse<String> ui = get(server.baseUrl());
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
            HttpResponse<String> desc = get(server.baseUrl() + "$/server");
            assertEquals(200, desc.statusCode());
            JsonNode ds = json(desc.body()).path("datasets").path(0);
            assertEquals("/parley", ds.path("ds.name").asText());
            List<String> types = new java.util.ArrayList<>();
            for (JsonNode service : ds.path("ds.services")) {
                types.add(service.path("srv.type").asText());
                if (service.path("srv.type").asText().equals("query"))
                    assertEquals("sparql", service.path("srv.endpoints").path(0).asText(), "the UI sends queries to the first query endpoint");
            }
            assertEquals(List.of("gsp-r", "query"), types.stream().sorted().toList(), "read-only services only");
            assertEquals(200, get(server.baseUrl() + "$/stats/parley").statusCode());
            HttpResponse<String> list = get(server.baseUrl() + "$/datasets");
            assertEquals(200, list.statusCode(), list.body());
            assertEquals("/parley", json(list.body()).path("datasets").path(0).path("ds.name").asText());
            assertEquals("/parley", json(get(server.baseUrl() + "$/datasets/parley").body()).path("ds.name").asText());
            assertEquals(404, get(server.baseUrl() + "$/datasets/nope").statusCode());
            assertEquals(200, get(server.baseUrl() + "$/ping").statusCode());
            return null;
        });
    }
}
