package org.w3id.parley.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * A SPARQL result that fits in the server's output buffer is sent whole, with its length; a larger
 * one still streams in chunks; a query that times out before its first result gets 503 as before.
 */
class WholeSmallResponsesTest extends WithBundledStore {
    private static final String JSON = "application/sparql-results+json";

    /** 10^5 rows of about 70 bytes each in SPARQL JSON: past the server's 5 MiB output buffer. */
    private static final String LARGE = """
            SELECT ?a ?b ?c { VALUES ?a { 0 1 2 3 4 5 6 7 8 9 } VALUES ?b { 0 1 2 3 4 5 6 7 8 9 }
                              VALUES ?c { 0 1 2 3 4 5 6 7 8 9 } VALUES ?d { 0 1 2 3 4 5 6 7 8 9 }
                              VALUES ?e { 0 1 2 3 4 5 6 7 8 9 } }""";

    @Test
    void aSmallResultHasItsLengthAndIsNotChunked() {
        served(b -> b, server -> {
            for (String endpoint : new String[] {server.sparqlUrl(), server.baseUrl() + "parley/query", server.baseUrl() + "parley"}) {
                HttpResponse<String> r = query(endpoint, "SELECT ?p { ?s ?p ?o } LIMIT 3", JSON);
                assertEquals(200, r.statusCode(), endpoint + ": " + r.body());
                assertEquals(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                        Long.parseLong(r.headers().firstValue("Content-Length").orElse("-1")), endpoint + " " + r.headers().map());
                assertTrue(r.headers().firstValue("Transfer-Encoding").isEmpty(), endpoint + " " + r.headers().map());
                assertEquals(3, r.body().split("\"p\"\\s*:").length - 1, r.body());
            }
            HttpResponse<String> ask = get(server.sparqlUrl() + "?query=ASK%7B%7D", "Accept", JSON);
            assertTrue(ask.headers().firstValue("Content-Length").isPresent(), ask.headers().map().toString());
            return null;
        });
    }

    @Test
    void aLargeResultStillStreamsInChunks() {
        served(b -> b, server -> {
            HttpResponse<String> r = query(server.sparqlUrl(), LARGE, JSON);
            assertEquals(200, r.statusCode());
            assertEquals("chunked", r.headers().firstValue("Transfer-Encoding").orElse(""), r.headers().map().toString());
            assertTrue(r.body().length() > 5 << 20, "body: " + r.body().length());
            assertTrue(r.body().strip().endsWith("}"), "the whole result arrives");
            return null;
        });
    }

    @Test
    void aQueryThatTimesOutBeforeItsResultIsWholeGetsItsErrorStatus() {
        served(b -> b.queryTimeout(java.time.Duration.ofMillis(200)), server -> {
            // Sorting 10^6 rows needs every row before the first: the first-result timeout fires.
            HttpResponse<String> r = query(server.sparqlUrl(), LARGE.replace("?e { 0 1 2 3 4 5 6 7 8 9 } }",
                    "?e { 0 1 2 3 4 5 6 7 8 9 } VALUES ?f { 0 1 2 3 4 5 6 7 8 9 } } ORDER BY DESC(?f)"), JSON);
            assertEquals(503, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            return null;
        });
    }
}
