package org.w3id.parley.server;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * The server sends no request anywhere on a client's behalf: SPARQL {@code SERVICE} and
 * {@code LOAD} reach only the hosts allowed with {@code allowService}, and {@code LOAD} never
 * reads a local file. A small loopback HTTP server counts the requests that reach it.
 */
class ServiceAccessTest extends WithBundledStore {
    /** What the loopback server answers: an internal document a client must never see through Parley. */
    private static final String INTERNAL = "internal-only-7f3a";
    private static final String EMPTY_RESULTS = "{\"head\":{\"vars\":[\"s\",\"p\",\"o\"]},\"results\":{\"bindings\":[]}}";

    @TempDir
    Path dir;

    /** Runs {@code body} with a loopback HTTP server on a free port; the counter holds the requests it got. */
    private static <T> T withTarget(boolean answerSparql, Function<Target, T> body) throws Exception {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger hits = new AtomicInteger();
        http.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestURI().getPath().equals("/redirect")) {
                // Elsewhere: the same server under another name.
                exchange.getResponseHeaders().set("Location", "http://localhost:" + exchange.getLocalAddress().getPort() + "/after");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            byte[] out = (answerSparql ? EMPTY_RESULTS : INTERNAL).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answerSparql ? "application/sparql-results+json" : "text/plain");
            exchange.sendResponseHeaders(answerSparql ? 200 : 500, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        http.start();
        try {
            return body.apply(new Target(http.getAddress().getPort(), hits));
        } finally {
            http.stop(0);
        }
    }

    private record Target(int port, AtomicInteger hits) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    /** Queries that make ARQ call a URL: literally, through a variable bound by BIND, and by VALUES. */
    private static List<String> serviceQueries(Target t) {
        String port = Integer.toString(t.port());
        return List.of(
                "SELECT * { SERVICE <" + t.url("/x") + "> { ?s ?p ?o } }",
                "SELECT * { BIND(IRI(CONCAT(\"http://127.0.0.1:\", \"" + port + "\", \"/y\")) AS ?x) SERVICE ?x { ?s ?p ?o } }",
                "SELECT * { VALUES ?x { <" + t.url("/z") + "> } SERVICE ?x { ?s ?p ?o } }",
                "ASK { SERVICE SILENT <" + t.url("/silent") + "> { ?s ?p ?o } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <" + t.url("/exists") + "> { ?s ?p ?o } } } LIMIT 1");
    }

    /**
     * Whether a refused SERVICE fails the whole query, SILENT or not: not inside FILTER EXISTS,
     * where ARQ takes any error as false; either way nothing is sent.
     */
    private static boolean mustFail(String query) {
        return !query.contains("EXISTS");
    }

    @Test
    void federationIsOffByDefault() throws Exception {
        withTarget(false, t -> served(b -> b, server -> {
            for (String q : serviceQueries(t)) {
                HttpResponse<String> r = query(server.sparqlUrl(), q, "application/sparql-results+json");
                String body = r.body();
                assertFalse(body.contains(INTERNAL), q + " echoed the internal answer: " + body);
                if (mustFail(q))
                    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, q + " answered " + r.statusCode() + ": " + body);
            }
            HttpResponse<String> refused = query(server.sparqlUrl(), serviceQueries(t).get(0), "application/sparql-results+json");
            assertTrue(refused.body().contains("--allow-service"), "the refusal says how to allow it: " + refused.body());
            assertEquals(0, t.hits().get(), "requests that reached the loopback server");
            assertEquals(200, query(server.sparqlUrl(), "ASK {}", "application/sparql-results+json").statusCode(), "the server carries on");
            return null;
        }));
    }

    @Test
    void allowedHostsOnlyAreReached() throws Exception {
        withTarget(true, t -> served(b -> b.allowService(List.of("127.0.0.1")), server -> {
            HttpResponse<String> r = query(server.sparqlUrl(), serviceQueries(t).get(0), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            HttpResponse<String> bound = query(server.sparqlUrl(), serviceQueries(t).get(1), "application/sparql-results+json");
            assertEquals(200, bound.statusCode(), bound.body());
            assertEquals(2, t.hits().get(), "an allowed host is reached");
            // Its redirects are not followed: they could lead anywhere.
            query(server.sparqlUrl(), "SELECT * { SERVICE <" + t.url("/redirect") + "> { ?s ?p ?o } }", "application/sparql-results+json");
            assertEquals(3, t.hits().get(), "the redirect was not followed");
            return null;
        }));
        withTarget(true, t -> served(b -> b.allowService(List.of("sparql.example.org")), server -> {
            for (String q : serviceQueries(t)) {
                HttpResponse<String> r = query(server.sparqlUrl(), q, "application/sparql-results+json");
                if (mustFail(q))
                    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, q + " answered " + r.statusCode() + ": " + r.body());
            }
            // Another name of an allowed host is another host: localhost is not 127.0.0.1.
            HttpResponse<String> other = query(server.sparqlUrl(), "SELECT * { SERVICE <http://localhost:" + t.port() + "/> { ?s ?p ?o } }",
                    "application/sparql-results+json");
            assertTrue(other.statusCode() >= 400 && other.statusCode() < 500, other.statusCode() + ": " + other.body());
            assertEquals(0, t.hits().get(), "only the allowed host may be reached");
            return null;
        }));
    }

    @Test
    void loadReadsNoFileAndOnlyAllowedHosts() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<urn:x:s> <urn:x:p> \"token-9c1e\" .\n");
        long before = store.size();
        withTarget(false, t -> served(b -> b.update(passwd), server -> {
            String update = server.baseUrl() + "parley/update";
            List<String> loads = List.of(
                    "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:stolen>",
                    "LOAD <file:///etc/passwd> INTO GRAPH <urn:x:stolen>",
                    "LOAD SILENT <" + secret.toUri() + "> INTO GRAPH <urn:x:stolen>",
                    "LOAD <" + t.url("/data.ttl") + "> INTO GRAPH <urn:x:fetched>",
                    "INSERT { GRAPH <urn:x:fetched> { ?s ?p ?o } } WHERE { SERVICE <" + t.url("/w") + "> { ?s ?p ?o } }",
                    "INSERT { GRAPH <urn:x:fetched> { ?s ?p ?o } } WHERE { BIND(IRI(\"" + t.url("/v") + "\") AS ?x) SERVICE ?x { ?s ?p ?o } }");
            for (String u : loads) {
                HttpResponse<String> r = request("POST", update, "application/sparql-update", u, "Authorization", basic("editor", "s3cret"));
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, u + " answered " + r.statusCode() + ": " + r.body());
                assertFalse(r.body().contains("token-9c1e") || r.body().contains("root:") || r.body().contains(INTERNAL),
                        u + " echoed what it read: " + r.body());
            }
            assertEquals(0, t.hits().get(), "requests that reached the loopback server");
            HttpResponse<String> ok = request("POST", update, "application/sparql-update", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }",
                    "Authorization", basic("editor", "s3cret"));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "ordinary updates still work: " + ok.statusCode() + " " + ok.body());
            request("POST", update, "application/sparql-update", "DROP GRAPH <urn:x:g>", "Authorization", basic("editor", "s3cret"));
            return null;
        }));
        assertEquals(before, store.size(), "nothing was loaded");
    }

    @Test
    void allowServiceRejectsWhatIsNotAHostName() {
        for (String bad : new String[] {"", "http://example.org", "example.org/sparql", "*", "exa mple.org"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().allowService(List.of(bad)), bad);
            assertTrue(e.getMessage().startsWith("Illegal service host='" + bad + "'"), e.getMessage());
        }
    }

    @Test
    void theCommandLineChecksItsServiceHostsAndBodyLimit() {
        Run host = cli("serve", "--db", dir.resolve("db").toString(), "--allow-service", "query.wikidata.org,http://example.org");
        assertEquals(1, host.code(), host.err());
        assertTrue(host.err().contains("Illegal service host='http://example.org'"), host.err());
        Run body = cli("serve", "--db", dir.resolve("db").toString(), "--max-body", "0");
        assertEquals(1, body.code(), body.err());
        assertTrue(body.err().contains("Illegal maxBody=0"), body.err());
        assertFalse(Files.exists(dir.resolve("db")), "usage errors are found before the store is opened");
    }
}
