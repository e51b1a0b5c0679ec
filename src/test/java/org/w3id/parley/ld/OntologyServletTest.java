package org.w3id.parley.ld;

import static org.w3id.parley.TestSupport.contentType;
import static org.w3id.parley.TestSupport.getBytes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.dump.DumpFixture;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;
import org.w3id.parley.report.Html;
import org.w3id.parley.server.ParleyServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The ontology served at {@code /ontology} by a real server on loopback: each RDF form is the
 * graph of {@code ontology/parley.ttl}; the HTML reference has an entry for every term the file
 * declares, with what the file and {@code ontology/shapes.ttl} say about it and an example that
 * exists in the served store; entity pages link their terms to it; Raptor's {@code rapper} reads
 * the Turtle and RDF/XML from the server (skipped when rapper is missing, except on CI).
 */
class OntologyServletTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Map<String, Lang> RDF_TYPES = new LinkedHashMap<>();

    static {
        RDF_TYPES.put("text/turtle", Lang.TURTLE);
        RDF_TYPES.put("application/rdf+xml", Lang.RDFXML);
        RDF_TYPES.put("application/ld+json", Lang.JSONLD);
        RDF_TYPES.put("application/n-triples", Lang.NTRIPLES);
        RDF_TYPES.put("application/json", Lang.JSONLD);
    }

    private static ParleyServer server;
    private static Graph ontology;
    private static Graph shapes;
    private static String html;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        ontology = RDFDataMgr.loadGraph("ontology/parley.ttl");
        shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        server = ParleyServer.create().port(0).dataset(DumpFixture.store().datasetGraph()).build().start();
        HttpResponse<byte[]> r = get("ontology", BROWSER);
        assertEquals(200, r.statusCode());
        html = new String(r.body(), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<byte[]> get(String path, String accept) {
        return getBytes(server.baseUrl() + path, accept);
    }

    private static Graph parse(byte[] body, Lang lang, String what) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base("http://invalid.example/")
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).context(DumpFixture.noNetwork()).parse(g);
        assertFalse(g.isEmpty(), what);
        return g;
    }

    private static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (expected.isIsomorphicWith(actual)) return;
        List<String> missing = new ArrayList<>(), extra = new ArrayList<>();
        expected.find().forEachRemaining(t -> { if (!actual.contains(t)) missing.add(t.toString()); });
        actual.find().forEachRemaining(t -> { if (!expected.contains(t)) extra.add(t.toString()); });
        fail(what + ": not the graph of the file; missing " + missing.stream().limit(5).toList() + ", extra " + extra.stream().limit(5).toList());
    }

    /** The version IRI's path under /ontology, read from the file. */
    private static String versionPath() {
        List<Triple> v = ontology.find(NodeFactory.createURI(PARLEY.ONTOLOGY_IRI), OWL.versionIRI.asNode(), Node.ANY).toList();
        assertEquals(1, v.size(), "one owl:versionIRI");
        String iri = v.get(0).getObject().getURI();
        assertTrue(iri.startsWith(PARLEY.ONTOLOGY_IRI + "/"), iri);
        return iri.substring(PARLEY.ONTOLOGY_IRI.length());
    }

    @Test
    void everyRdfFormAtEveryAddressIsTheGraphOfTheOntologyFile() throws Exception {
        for (String path : List.of("ontology", "ontology/", "ontology" + versionPath()))
            for (Map.Entry<String, Lang> e : RDF_TYPES.entrySet()) {
                HttpResponse<byte[]> r = get(path, e.getKey());
                String what = path + " as " + e.getKey();
                assertEquals(200, r.statusCode(), what);
                assertTrue(contentType(r).startsWith(e.getKey()), what + " got " + contentType(r));
                assertEquals("Accept", r.headers().firstValue("Vary").orElse(""), what);
                assertIsomorphic(ontology, parse(r.body(), e.getValue(), what), what);
            }
        Map<String, Lang> files = Map.of("parley.ttl", Lang.TURTLE, "parley.rdf", Lang.RDFXML, "parley.jsonld", Lang.JSONLD, "parley.nt", Lang.NTRIPLES);
        for (Map.Entry<String, Lang> e : files.entrySet()) {
            HttpResponse<byte[]> r = get("ontology/" + e.getKey(), BROWSER);
            assertEquals(200, r.statusCode(), e.getKey());
            assertEquals(e.getValue().getHeaderString(), contentType(r).replaceAll(";.*", ""), e.getKey());
            assertIsomorphic(ontology, parse(r.body(), e.getValue(), e.getKey()), e.getKey());
        }
        HttpResponse<byte[]> s = get("ontology/shapes.ttl", null);
        assertEquals(200, s.statusCode());
        assertIsomorphic(shapes, parse(s.body(), Lang.TURTLE, "shapes.ttl"), "shapes.ttl");
    }

    @Test
    void theTurtleIsTheFileItselfWithItsComments() throws Exception {
        assertArrayEquals(Files.readAllBytes(Path.of("ontology/parley.ttl")), get("ontology", "text/turtle").body());
    }

    @Test
    void browsersGetHtmlOtherAddressesAre404AndUnacceptableTypes406() throws Exception {
        assertTrue(contentType(get("ontology", BROWSER)).startsWith("text/html"));
        assertTrue(contentType(get("ontology" + versionPath(), BROWSER)).startsWith("text/html"));
        assertTrue(contentType(get("ontology", null)).startsWith("text/turtle"), "no Accept: Turtle");
        assertTrue(contentType(get("ontology", "*/*")).startsWith("text/turtle"));
        HttpResponse<byte[]> old = get("ontology/0.0.1", "text/turtle");
        assertEquals(404, old.statusCode());
        assertTrue(new String(old.body(), StandardCharsets.UTF_8).contains("/ontology" + versionPath()), "the 404 names the served version");
        assertEquals(404, get("ontology/Stance", BROWSER).statusCode());
        HttpResponse<byte[]> pdf = get("ontology", "application/pdf");
        assertEquals(406, pdf.statusCode());
        assertTrue(new String(pdf.body(), StandardCharsets.UTF_8).contains("text/turtle"), "406 says what is available");
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "ontology"))
                .POST(HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")).header("Content-Type", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode(), "read-only");
    }

    /** Every element id on the page, in order. */
    private static List<String> ids(String page) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Set<Node> declared(Node type) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(PARLEY.NS)) out.add(t.getSubject());
        });
        return out;
    }

    private static Set<Node> properties() {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        out.addAll(declared(OWL.ObjectProperty.asNode()));
        out.addAll(declared(OWL.DatatypeProperty.asNode()));
        out.addAll(declared(OWL.AnnotationProperty.asNode()));
        out.addAll(declared(RDF.Property.asNode()));
        return out;
    }

    private static String local(Node n) {
        return n.getURI().substring(PARLEY.NS.length());
    }

    /** The HTML of the term entry anchored {@code id}. */
    private static String section(String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        assertTrue(at > 0, "no element with id " + id);
        int start = html.lastIndexOf("<section", at);
        int end = html.indexOf("</section>", at);
        assertTrue(start >= 0 && end > at, "no section around " + id);
        return html.substring(start, end);
    }

    @Test
    void everyTermTheFileDeclaresHasAnEntryAnchoredByItsLocalName() {
        List<String> ids = ids(html);
        assertEquals(new HashSet<>(ids).size(), ids.size(), "element ids are unique");
        Set<Node> classes = declared(OWL.Class.asNode()), properties = properties();
        Set<Node> schemes = declared(SKOS.ConceptScheme.asNode()), concepts = declared(SKOS.Concept.asNode());
        assertTrue(classes.size() > 40 && properties.size() > 80 && schemes.size() > 10 && concepts.size() > 50,
                classes.size() + " classes, " + properties.size() + " properties, " + schemes.size() + " schemes, " + concepts.size() + " concepts");
        List<String> missing = new ArrayList<>();
        for (Node c : classes)
            if (!html.contains("<section class=\"term class\" id=\"" + local(c) + "\">")) missing.add("class " + local(c));
        for (Node p : properties)
            if (!html.contains("<section class=\"term property\" id=\"" + local(p) + "\">")) missing.add("property " + local(p));
        for (Node s : schemes)
            if (!html.contains("<section class=\"scheme\" id=\"" + local(s) + "\">")) missing.add("scheme " + local(s));
        for (Node c : concepts)
            if (!html.contains("<tr id=\"" + local(c) + "\">")) missing.add("concept " + local(c));
        // Every subject in the namespace has an anchor, whatever its kind.
        Set<String> all = new TreeSet<>();
        ontology.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(PARLEY.NS)) all.add(local(t.getSubject()));
        });
        for (String l : all) if (!ids.contains(l)) missing.add("anchor " + l);
        assertEquals(List.of(), missing);

        // The table of contents links to every class, property and scheme.
        String toc = html.substring(html.indexOf("<nav class=\"toc\""), html.indexOf("</nav>", html.indexOf("<nav class=\"toc\"")));
        for (Set<Node> kind : List.of(classes, properties, schemes))
            for (Node t : kind) assertTrue(toc.contains("href=\"#" + local(t) + "\""), "contents link to " + local(t));
        // Each entry shows the label and the definition of its term.
        String stance = section("Stance");
        String comment = ontology.find(PARLEY.Stance.asNode(), org.apache.jena.vocabulary.RDFS.comment.asNode(), Node.ANY).next()
                .getObject().getLiteralLexicalForm();
        assertTrue(stance.contains(Html.escape(comment.strip().split("\\s+")[0] + " " + comment.strip().split("\\s+")[1])), stance);
        assertTrue(stance.contains("<code>https://w3id.org/parley/ontology#Stance</code>"), stance);
    }

    @Test
    void aPropertyEntryShowsDomainRangeAndEveryShapeConstraintOnIt() {
        Node position = PARLEY.position.asNode();
        String entry = section("position");
        Node domain = ontology.find(position, org.apache.jena.vocabulary.RDFS.domain.asNode(), Node.ANY).next().getObject();
        Node range = ontology.find(position, org.apache.jena.vocabulary.RDFS.range.asNode(), Node.ANY).next().getObject();
        assertTrue(Pattern.compile("<tr class=\"domain\"><th>Domain</th><td>[^\\n]*href=\"#" + local(domain) + "\"").matcher(entry).find(), entry);
        assertTrue(Pattern.compile("<tr class=\"range\"><th>Range</th><td>[^\\n]*href=\"#" + local(range) + "\"").matcher(entry).find(), entry);
        // Each property shape whose path is parley:position, with its counts, class and message.
        List<Node> checks = shapes.find(Node.ANY, NodeFactory.createURI(SH + "path"), position).mapWith(Triple::getSubject).toList();
        assertFalse(checks.isEmpty(), "shapes.ttl constrains parley:position");
        for (Node ps : checks) {
            String name = "parleysh:" + ps.getURI().substring("https://w3id.org/parley/shapes#".length());
            assertTrue(entry.contains(name), "names " + name);
            for (String c : List.of("minCount", "maxCount", "class", "datatype", "in"))
                for (Triple t : shapes.find(ps, NodeFactory.createURI(SH + c), Node.ANY).toList()) {
                    Node o = t.getObject();
                    String shown = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() && o.getURI().startsWith(PARLEY.NS) ? "href=\"#" + local(o) + "\"" : "";
                    assertTrue(entry.contains("<code>sh:" + c + "</code> ") && entry.contains(shown), name + " sh:" + c + " " + o);
                }
            for (Triple t : shapes.find(ps, NodeFactory.createURI(SH + "message"), Node.ANY).toList())
                assertTrue(entry.contains("<q>" + Html.escape(t.getObject().getLiteralLexicalForm()) + "</q>"), "message of " + name);
        }
        // A class entry names the shape that targets it and those of its superclasses.
        String state = section("State");
        assertTrue(state.contains("href=\"#shape-StateShape\""), state);
        assertTrue(state.contains("href=\"#shape-PartyShape\""), "the shape of the superclass parley:Party checks a state too");
        assertTrue(ids(html).contains("shape-StanceShape") && ids(html).contains("shape-Stance-position"), "the shapes section");
    }

    @Test
    void eachExampleIsATripleOfTheServedStoreAndTermsWithoutOneSaySo() {
        var dsg = DumpFixture.store().datasetGraph();
        Pattern example = Pattern.compile("<p class=\"example\">Example from this store: <a href=\"([^\"]+)\">");
        Set<Node> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        terms.addAll(declared(OWL.Class.asNode()));
        terms.addAll(properties());
        List<String> wrong = new ArrayList<>();
        int[] withExample = {0};
        Txn.executeRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            for (Node term : terms) {
                boolean isClass = ontology.contains(term, RDF.type.asNode(), OWL.Class.asNode());
                Node p = isClass ? RDF.type.asNode() : term, o = isClass ? term : Node.ANY;
                boolean used = union.find(Node.ANY, p, o).toList().stream().anyMatch(t -> t.getSubject().isURI()
                        && (t.getSubject().getURI().startsWith(Ids.ID_BASE) || t.getSubject().getURI().startsWith(PARLEY.NS)));
                String entry = section(local(term));
                Matcher m = example.matcher(entry);
                if (!used) {
                    if (!entry.contains("no example in this store")) wrong.add(local(term) + ": unused, but the entry does not say so");
                    continue;
                }
                if (!m.find()) {
                    wrong.add(local(term) + ": used in the store, but no example");
                    continue;
                }
                withExample[0]++;
                String href = m.group(1);
                Node s = href.startsWith("/id/") ? NodeFactory.createURI(Ids.ID_BASE + href.substring(4))
                        : href.startsWith("#") ? NodeFactory.createURI(PARLEY.NS + href.substring(1)) : null;
                if (s == null || !union.contains(s, p, o)) wrong.add(local(term) + ": example " + href + " is not in the store");
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(withExample[0] > 80, withExample[0] + " terms with an example");
        // A known case: the stance entry's example is a stance of the bundled data, linked to its page.
        assertTrue(section("Stance").contains("<p class=\"example\">Example from this store: <a href=\"/id/stance/"), section("Stance"));
    }

    @Test
    void entityPagesLinkTheirTermsToTheReference() throws Exception {
        String page = new String(get("id/region/crimea", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"/ontology#Region\""), "rdf:type value links to its class");
        assertTrue(page.contains("href=\"/ontology#deJureCountry\""), "property names link to their entry");
        Matcher m = Pattern.compile("href=\"/ontology#([^\"]+)\"").matcher(page);
        List<String> ids = ids(html);
        int n = 0;
        while (m.find()) {
            assertTrue(ids.contains(m.group(1)), "the reference has #" + m.group(1));
            n++;
        }
        assertTrue(n >= 3, n + " links");
        HttpResponse<byte[]> r = get("id/stance/ukraine-crimea-red-line", "text/html");
        assertEquals(200, r.statusCode());
        String stance = new String(r.body(), StandardCharsets.UTF_8);
        for (String term : List.of("Stance", "position", "RedLine", "reportingBasis", "OnRecord"))
            assertTrue(stance.contains("href=\"/ontology#" + term + "\""), "a stance page links " + term);
    }

    @Test
    @Integration
    void rapperReadsTheTurtleAndTheRdfXmlFromTheServer() throws Exception {
        boolean installed;
        try {
            installed = new ProcessBuilder("rapper", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            installed = false;
        }
        if (!installed && "true".equals(System.getenv("CI"))) fail("rapper is missing: .ci/run installs raptor2-utils");
        assumeTrue(installed, "rapper is not installed (apt-get install raptor2-utils)");
        Pattern returned = Pattern.compile("Parsing returned (\\d+) triples");
        // rapper asks for its parser's media type in the Accept header, so /ontology negotiates.
        List<Map.Entry<String, String>> urls = List.of(Map.entry("turtle", server.baseUrl() + "ontology"),
                Map.entry("rdfxml", server.baseUrl() + "ontology"), Map.entry("rdfxml", server.baseUrl() + "ontology/parley.rdf"),
                Map.entry("turtle", server.baseUrl() + "ontology" + versionPath()));
        int i = 0;
        for (Map.Entry<String, String> e : urls) {
            Path err = dir.resolve("rapper-" + i + ".err"), out = dir.resolve("rapper-" + i++ + ".out");
            int code = new ProcessBuilder("rapper", "-i", e.getKey(), "-c", e.getValue())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start().waitFor();
            String text = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(0, code, e.getKey() + ": " + text);
            for (String line : text.split("\n"))
                assertFalse(line.contains("Warning") || line.contains("Error"), e.getKey() + ": " + line);
            Matcher m = returned.matcher(text);
            assertTrue(m.find(), text);
            assertEquals(ontology.size(), Long.parseLong(m.group(1)), "rapper vs Jena, " + e.getKey());
        }
    }
}
