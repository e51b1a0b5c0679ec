package org.w3id.parley.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * Cross-origin requests (with {@code *}, Fuseki's filter names the requesting origin in
 * {@code Access-Control-Allow-Origin}, with {@code Vary: Origin}): allowed from any origin on the read-only routes by default, never on
 * the write endpoints, and off with an empty list (the command line's {@code --cors none}).
 */
class CorsTest extends WithBundledStore {
    private static final String ORIGIN = "https://notebook.example.org";
    private static final String ACAO = "Access-Control-Allow-Origin";

    @TempDir
    Path dir;

    private static String allowed(HttpResponse<String> r) {
        return r.headers().firstValue(ACAO).orElse(null);
    }

    private static HttpResponse<String> preflight(String url, String method) {
        return request("OPTIONS", url, null, null, "Origin", ORIGIN, "Access-Control-Request-Method", method,
                "Access-Control-Request-Headers", "Content-Type");
    }

    @Test
    void everyReadOnlyRouteAllowsAnyOriginByDefault() {
        served(b -> b, server -> {
            String base = server.baseUrl();
            for (String read : new String[] {"parley/sparql?query=ASK%7B%7D", "parley/query?query=ASK%7B%7D", "parley?query=ASK%7B%7D",
                    "parley/sparql", "parley/get?graph=https://w3id.org/parley/graph/reference", "id/region/crimea", "catalog", "report", ""}) {
                HttpResponse<String> r = get(base + read, "Origin", ORIGIN);
                assertEquals(200, r.statusCode(), read);
                assertEquals(ORIGIN, allowed(r), read + ": " + r.headers());
            }
            HttpResponse<String> post = request("POST", server.sparqlUrl(), "application/sparql-query", "ASK {}", "Origin", ORIGIN,
                    "Accept", "application/sparql-results+json");
            assertEquals(200, post.statusCode());
            assertEquals(ORIGIN, allowed(post));
            HttpResponse<String> pre = preflight(server.sparqlUrl(), "POST");
            assertEquals(200, pre.statusCode());
            assertEquals(ORIGIN, allowed(pre), pre.headers().toString());
            String methods = pre.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertTrue(methods.contains("POST") && methods.contains("GET"), methods);
            assertFalse(methods.contains("PUT") || methods.contains("DELETE"), methods);
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("content-type"));
            assertNull(allowed(get(base + "$/server", "Origin", ORIGIN)), "Fuseki's admin routes are not shared");
            return null;
        });
    }

    @Test
    void writesNeverAllowCrossOriginRequests() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        served(b -> b.update(passwd), server -> {
            String update = server.baseUrl() + "parley/update", data = server.baseUrl() + "parley/data?graph=urn:x:g";
            for (String[] w : new String[][] {{update, "POST"}, {data, "PUT"}, {data, "DELETE"}, {data, "POST"}}) {
                HttpResponse<String> pre = preflight(w[0], w[1]);
                assertNull(allowed(pre), "preflight " + w[1] + " " + w[0] + ": " + pre.headers());
                assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").isEmpty(), pre.headers().toString());
            }
            HttpResponse<String> write = request("POST", update, "application/sparql-update", "INSERT DATA { <urn:x:s> <urn:x:p> 1 }",
                    "Origin", ORIGIN, "Authorization", basic("editor", "s3cret"));
            assertEquals(204, write.statusCode(), write.body());
            assertNull(allowed(write), "a script elsewhere cannot read the answer of a write");
            request("POST", update, "application/sparql-update", "DELETE DATA { <urn:x:s> <urn:x:p> 1 }",
                    "Authorization", basic("editor", "s3cret"));
            assertEquals(ORIGIN, allowed(get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", ORIGIN)), "reads still allowed");
            return null;
        });
    }

    @Test
    void anEmptyListTurnsItOffAndAnOriginNarrowsIt() {
        served(b -> b.cors(List.of()), server -> {
            assertNull(allowed(get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", ORIGIN)));
            assertNull(allowed(get(server.baseUrl() + "id/region/crimea", "Origin", ORIGIN)));
            assertNull(allowed(preflight(server.sparqlUrl(), "POST")));
            return null;
        });
        served(b -> b.cors(List.of(ORIGIN)), server -> {
            assertEquals(ORIGIN, allowed(get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", ORIGIN)));
            assertNull(allowed(get(server.sparqlUrl() + "?query=ASK%7B%7D", "Origin", "https://elsewhere.example.com")));
            return null;
        });
    }

    @Test
    void theCommandLineSaysNone() {
        Run both = cli("serve", "--db", dir.resolve("db").toString(), "--cors", "none,https://example.org");
        assertEquals(1, both.code(), both.err());
        assertTrue(both.err().contains("none cannot be combined with origins"), both.err());
        assertFalse(Files.exists(dir.resolve("db")), "usage errors are found before the store is opened");
    }
}
