package org.w3id.parley;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.parley.cli.Main;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.junit.jupiter.api.TestInfo;
import org.w3id.parley.cli.Main;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
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
    /** Small valid inputs used by several tests. */
    public static final Path GOOD = Path.of("src/test/resources/good");
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
            PREFIX dcterms: <http://purl.org/dc/terms/>
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

    /** Every quad of a store as a sorted list of N-Quads lines, to compare two states exactly. */
    public static List<String> quads(Store store) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            var dsg = c.fetchDataset().asDatasetGraph();
            dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate())
                    + " " + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " ."));
            out.sort(null);
            return out;
        });
    }

    /** Quads (as from {@link #quads(Store)}) grouped by graph IRI. */
    public static Map<String, List<String>> byGraph(List<String> quads) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String q : quads) {
            String g = q.substring(q.lastIndexOf(" <") + 2, q.length() - 3);
            out.computeIfAbsent(g, k -> new ArrayList<>()).add(q);
        }
        return out;
    }

    /** Copies the files of {@code from} (not recursively) into {@code to}, creating it. */
    public static void copyFiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    /** Every quad of the TDB2 database in {@code folder} (opened and closed for the purpose). */
    public static List<String> quads(Path folder) {
        try (TdbStore s = TdbStore.open(folder)) {
            return quads(s);
        }
    }

    /** SHA-256 of every file under {@code folder}, by relative path: a byte-for-byte fingerprint. */
    public static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    out.put(folder.relativize(f).toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /**
     * Writes {@code files} generated source files to {@code folder}, each with one proposal and
     * {@code stances} stances by the parties of the bundled reference data (import them together
     * with {@link #DATA}{@code /reference}). File {@code i} is {@code gen-NNNN.json}, source {@code gen-NNNN}.
     */
    public static List<Path> generateSources(Path folder, int files, int stances) throws IOException {
        Files.createDirectories(folder);
        List<Path> out = new ArrayList<>();
        for (int i = 1; i <= files; i++) {
            String id = String.format("gen-%04d", i);
            StringBuilder sb = new StringBuilder();
            sb.append("{\n  \"source\": { \"id\": \"").append(id).append("\", \"title\": \"Generated report ").append(i)
                    .append("\", \"published\": \"2025-04-30\" },\n");
            sb.append("  \"proposals\": [ { \"id\": \"").append(id).append("-plan\", \"label\": \"Plan ").append(i)
                    .append("\", \"author\": \"russia\", \"status\": \"floated\", \"basis\": \"anonymous-sources\",\n")
                    .append("    \"provisions\": [ { \"id\": \"").append(id).append("-term\", \"label\": \"Term ").append(i)
                    .append("\", \"regions\": [ \"crimea\" ] } ] } ],\n");
            sb.append("  \"stances\": [\n");
            for (int k = 0; k < stances; k++) {
                sb.append("    { \"id\": \"").append(id).append("-stance-").append(k).append("\", \"holder\": \"")
                        .append(k % 2 == 0 ? "ukraine" : "united-states").append("\", \"target\": \"provision/").append(id)
                        .append("-term\", \"position\": \"").append(k % 3 == 0 ? "opposes" : "open-to")
                        .append("\", \"statedOn\": \"2025-04-0").append(1 + k % 9).append("\", \"basis\": \"on-record\",")
                        .append(" \"quote\": \"Statement number ").append(k).append(" of report ").append(i).append("\" }")
                        .append(k + 1 < stances ? ",\n" : "\n");
            }
            sb.append("  ]\n}\n");
            Path f = folder.resolve(id + ".json");
            Files.writeString(f, sb.toString());
            out.add(f);
        }
        return out;
    }

    /**
     * Writes a data folder, {@code folder}, of the bundled reference data and one source,
     * {@code literal-forms}, whose values use every datatype the mapper writes, in the lexical
     * forms JSON allows: decimals written {@code 1e2}, {@code 100}, {@code 100.00}, {@code 62.10},
     * {@code 5E-1} and {@code 0.0} (TDB2 keeps their value and gives back {@code 100.0},
     * {@code 62.1}, …), dates, years and year-months ({@code xsd:date}, {@code gYear},
     * {@code gYearMonth}), text in a language with a region ({@code uk-UA}) and plain strings.
     * {@code changed} writes other values in the same places, so that an import of one over the
     * other replaces every literal. Returns {@code folder}.
     */
    public static Path literalForms(Path folder, boolean changed) throws IOException {
        copyFiles(DATA.resolve("reference"), folder.resolve("reference"));
        String[] shares = changed ? new String[] {"99.5", "12.25", "7", "0.5", "100", "3.10"}
                : new String[] {"1e2", "100", "100.00", "62.10", "5E-1", "0.0"};
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"source\": { \"id\": \"literal-forms\", \"title\": \"Literal forms ").append(changed ? "B" : "A")
                .append("\", \"language\": \"uk-UA\", \"publisher\": \"Publisher ").append(changed ? "B" : "A")
                .append("\", \"publishedNotBefore\": \"").append(changed ? "2024" : "2025")
                .append("\", \"publishedNotAfter\": \"").append(changed ? "2025-06-30" : "2025-05").append("\" },\n");
        sb.append("  \"proposals\": [ { \"id\": \"literal-forms-plan\", \"label\": \"Plan\", \"author\": \"russia\",")
                .append(" \"status\": \"floated\", \"basis\": \"anonymous-sources\", \"proposedOn\": \"")
                .append(changed ? "2025-04" : "2025-04-02").append("\", \"timeExpression\": \"")
                .append(changed ? "навесні" : "у квітні").append("\",\n")
                .append("    \"provisions\": [ { \"id\": \"literal-forms-term\", \"label\": \"Term\", \"regions\": [ \"crimea\" ] } ] } ],\n");
        sb.append("  \"stances\": [ { \"id\": \"literal-forms-stance\", \"holder\": \"ukraine\", \"target\": \"provision/literal-forms-term\",")
                .append(" \"position\": \"opposes\", \"statedOn\": \"").append(changed ? "2025" : "2025-04-03")
                .append("\", \"validFrom\": \"").append(changed ? "2025-04-04" : "2025-04").append("\", \"basis\": \"on-record\",")
                .append(" \"quote\": \"").append(changed ? "Ні." : "Ніколи.").append("\" } ],\n");
        sb.append("  \"controlClaims\": [\n");
        for (int i = 0; i < shares.length; i++)
            sb.append("    { \"id\": \"literal-forms-claim-").append(i).append("\", \"region\": \"crimea\", \"controller\": \"russia\",")
                    .append(" \"sharePercent\": ").append(shares[i]).append(", \"asOf\": \"").append(changed ? "2025-05-0" + (i + 1) : "2025-0" + (i + 1))
                    .append("\", \"kind\": \"assessed\", \"basis\": \"analyst-assessment\" }").append(i + 1 < shares.length ? ",\n" : "\n");
        sb.append("  ]\n}\n");
        Files.createDirectories(folder.resolve("sources"));
        Files.writeString(folder.resolve("sources/literal-forms.json"), sb.toString());
        return folder;
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

    /**
     * Runs a SELECT and returns its rows as {@code "a | b | c"} strings, sorted, so that a test can
     * compare a whole result with {@code assertEquals} regardless of row order. Unbound values are
     * written {@code -}; IRIs under {@code https://w3id.org/parley/id/} are shortened to
     * {@code kind/slug} and those of the ontology to {@code parley:Local}, so expected rows read
     * like the JSON input.
     */
    public static List<String> table(Store store, String query) {
        List<String> out = new ArrayList<>();
        for (List<String> row : select(store, query)) {
            List<String> cells = new ArrayList<>();
            for (String v : row) cells.add(v == null ? "-" : shorten(v));
            out.add(String.join(" | ", cells));
        }
        out.sort(null);
        return out;
    }

    /** {@code https://w3id.org/parley/id/party/russia} → {@code party/russia}; ontology terms → {@code parley:X}. */
    public static String shorten(String value) {
        if (value.startsWith(ID_BASE)) return value.substring(ID_BASE.length());
        if (value.startsWith(ONTOLOGY_NS)) return "parley:" + value.substring(ONTOLOGY_NS.length());
        return value;
    }

    /** The IRI of a record in SPARQL syntax: {@code iri("party/russia")} is {@code <https://w3id.org/parley/id/party/russia>}. */
    public static String iri(String typedRef) {
        return "<" + ID_BASE + typedRef + ">";
    }

    private static final String ID_BASE = "https://w3id.org/parley/id/";
    private static final String ONTOLOGY_NS = "https://w3id.org/parley/ontology#";

    /** Runs a SELECT whose single row has a single value, and returns it. */
    public static String value(Store store, String query) {
        List<List<String>> rows = select(store, query);
        if (rows.size() != 1) throw new AssertionError("expected one row, got " + rows.size() + ": " + rows);
        return rows.get(0).get(0);
    }

    /**
     * The quads of the named graphs whose IRI starts with {@code graphPrefix}, as sorted
     * N-Quads lines (terms written exactly as the store returns them).
     */
    public static List<String> nquads(Store store, String graphPrefix) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            String q = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), ?prefix)) }";
            try (QueryExecution qe = c.newQuery().query(q)
                    .substitution("prefix", org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(graphPrefix)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    out.add(NodeFmtLib.strNT(row.get("s").asNode()) + " " + NodeFmtLib.strNT(row.get("p").asNode()) + " "
                            + NodeFmtLib.strNT(row.get("o").asNode()) + " " + NodeFmtLib.strNT(row.get("g").asNode()) + " .");
                }
            }
            out.sort(null);
            return out;
        });
    }

    /** Asserts two sorted quad lists are equal, printing the quads only one side has (at most 20 each). */
    public static void assertSameQuads(List<String> expected, List<String> actual, String what) {
        if (expected.equals(actual)) return;
        TreeSet<String> missing = new TreeSet<>(expected), extra = new TreeSet<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        StringBuilder sb = new StringBuilder(what + ": expected " + expected.size() + " quads, got " + actual.size());
        sb.append("\nmissing (").append(missing.size()).append("):");
        missing.stream().limit(20).forEach(l -> sb.append("\n  ").append(l));
        sb.append("\nunexpected (").append(extra.size()).append("):");
        extra.stream().limit(20).forEach(l -> sb.append("\n  ").append(l));
        if (missing.isEmpty() && extra.isEmpty()) sb.append("\n(the same quads, repeated differently)");
        throw new AssertionError(sb.toString());
    }

    /** A fresh in-memory store holding the bundled data. */
    public static TdbStore bundledStore() {
        TdbStore store = TdbStore.inMemory();
        Importer.run(store, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        return store;
    }

    private static TdbStore shared;
    private static List<String> sharedQuads;

    /**
     * The in-memory store of the bundled data that every test of a JVM shares, imported on first
     * use: an import takes seconds, and most tests that need the bundled data only read it. Do not
     * close it. A test that writes to it must leave it as it found it; {@link #checkSharedBundledStore}
     * tells whether it did.
     */
    public static synchronized TdbStore sharedBundledStore() {
        if (shared == null) {
            TdbStore s = bundledStore();
            sharedQuads = quads(s);
            shared = s;
        }
        return shared;
    }

    /**
     * Fails if the shared store of the bundled data no longer holds what its import wrote, naming
     * {@code by}, the test that used it last; the changed store is then dropped, so the next test
     * that asks for it gets a fresh import rather than the failure of another class.
     */
    public static synchronized void checkSharedBundledStore(String by) {
        if (shared == null) return;
        List<String> now = quads(shared);
        if (now.equals(sharedQuads)) return;
        TdbStore changed = shared;
        shared = null;
        changed.close();
        assertSameQuads(sharedQuads, now, by + " changed the shared store of the bundled data");
    }

    /** One HTTP client for the tests (no redirects followed, so tests see them). */
    public static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** A GET of {@code url}, with {@code accept} as its Accept header unless null; the body as bytes. */
    public static HttpResponse<byte[]> getBytes(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) b.header("Accept", accept);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A response's Content-Type without spaces ({@code text/turtle;charset=utf-8}), or "". */
    public static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }

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
     * Base of test classes that use the {@linkplain #sharedBundledStore() shared store of the
     * bundled data} and start servers over it. Tests may write, but must leave the store as they
     * found it: after the class, the store is checked.
     */
    public abstract static class WithBundledStore {
        /** The store, for the tests of the class. */
        protected static TdbStore store;

        @BeforeAll
        static void loadBundledStore() {
            store = sharedBundledStore();
        }

        @AfterAll
        static void checkBundledStore(TestInfo info) {
            store = null;
            checkSharedBundledStore(info.getDisplayName());
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
