package org.w3id.parley;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;
import org.w3id.parley.cli.Main;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Shared test plumbing: project paths, in-process CLI runs, one-value SPARQL reads. */
public final class TestSupport {
    private TestSupport() {}

    /** The project's data folder (tests run with the project root as working directory). */
    public static final Path DATA = Path.of("data");
    /** The project's ontology folder. */
    public static final Path ONTOLOGY = Path.of("ontology");
    /** The project's query catalog. */
    public static final Path QUERIES = Path.of("queries");
    /** Prefixes most test queries need. */
    public static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/parley/id/>
            """;

    /**
     * The outcome of an in-process CLI run.
     *
     * @param code exit code
     * @param out  standard output
     * @param err  standard error
     */
    public record Run(int code, String out, String err) {}

    /** Runs the CLI in-process. */
    public static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs a SELECT and returns the rows as lists of lexical forms / IRIs, variables in query order. */
    public static List<List<String>> select(Store store, String query) {
        return store.read(c -> {
            try (QueryExecution qe = c.query(PREFIXES + query)) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<List<String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    List<String> row = new ArrayList<>();
                    for (String v : vars) {
                        var n = s.get(v);
                        row.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    /** Runs a SELECT whose single row has a single value, and returns it. */
    public static String value(Store store, String query) {
        List<List<String>> rows = select(store, query);
        if (rows.size() != 1) throw new AssertionError("expected one row, got " + rows.size() + ": " + rows);
        return rows.get(0).get(0);
    }

    /** A fresh in-memory store holding the bundled data. */
    public static TdbStore bundledStore() {
        TdbStore store = TdbStore.inMemory();
        Importer.run(store, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        return store;
    }

    /** One HTTP client for the tests (no redirects followed, so tests see them). */
    public static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Sends a request and returns the response with its body as text. */
    public static HttpResponse<String> send(HttpRequest request) {
        return send(HTTP, request);
    }

    /** Sends a request with a client and returns the response with its body as text. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A GET. */
    public static HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) b.headers(headers);
        return send(b.build());
    }

    /** A request with a body of a content type, and more headers as name, value pairs. */
    public static HttpResponse<String> request(String method, String url, String contentType, String body, String... headers) {
        return send(requestOf(method, url, contentType, body, headers));
    }

    /** Builds a request with a body of a content type, and more headers as name, value pairs. */
    public static HttpRequest requestOf(String method, String url, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        if (headers.length > 0) b.headers(headers);
        return b.build();
    }

    /** A SPARQL query by POST (form-encoded) with an Accept header. */
    public static HttpResponse<String> query(String endpoint, String query, String accept) {
        return request("POST", endpoint, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", accept);
    }

    /** The value of an HTTP basic Authorization header. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Base of test classes that share one in-memory store of the bundled data, loaded once per
     * class, and start servers over it. Tests may write, but must leave the store as they found it.
     */
    public abstract static class WithBundledStore {
        /** The store, for the tests of the class. */
        protected static TdbStore store;

        @BeforeAll
        static void loadBundledStore() {
            store = bundledStore();
        }

        @AfterAll
        static void closeBundledStore() {
            store.close();
        }

        /** Runs {@code body} with a started server over the store (port 0), configured by {@code config}; stops it after. */
        protected static <T> T served(UnaryOperator<ParleyServer.Builder> config, Function<ParleyServer, T> body) {
            ParleyServer server = config.apply(ParleyServer.create().port(0).dataset(store.datasetGraph())).build().start();
            try {
                return body.apply(server);
            } finally {
                server.close();
            }
        }
    }
}
