package org.w3id.parley.ld;

import static org.w3id.parley.TestSupport.contentType;
import static org.w3id.parley.TestSupport.getBytes;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.dump.DumpFixture;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.server.ParleyServer;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** Entity IRIs dereferenced over real HTTP from a real Fuseki server: content negotiation, 404, 406, the HTML page. */
class LinkedDataServletTest {
    private static ParleyServer server;
    private static final String CRIMEA = Ids.entity("region", "crimea");

    @BeforeAll
    static void start() {
        server = ParleyServer.create().port(0).dataset(DumpFixture.store().datasetGraph()).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static HttpResponse<byte[]> get(String path, String accept) {
        return getBytes(server.baseUrl() + path, accept);
    }

    @Test
    void eachRdfMediaTypeDescribesTheEntityAndLabelsWhatItLinksTo() throws Exception {
        Map<String, Lang> types = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML);
        for (Map.Entry<String, Lang> e : types.entrySet()) {
            HttpResponse<byte[]> r = get("id/region/crimea", e.getKey());
            assertEquals(200, r.statusCode(), e.getKey());
            assertTrue(contentType(r).startsWith(e.getKey()), e.getKey() + " got " + contentType(r));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(e.getValue()).errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                    .context(DumpFixture.noNetwork()).parse(g);
            var crimea = org.apache.jena.graph.NodeFactory.createURI(CRIMEA);
            var ukraine = org.apache.jena.graph.NodeFactory.createURI(Ids.entity("party", "ukraine"));
            assertTrue(g.contains(crimea, org.apache.jena.vocabulary.RDFS.label.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralLang("Autonomous Republic of Crimea", "en")), e.getKey());
            assertTrue(g.contains(crimea, org.w3id.parley.rdf.PARLEY.wikidata.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI(Ids.WIKIDATA + "Q756294")), e.getKey());
            assertTrue(g.contains(ukraine, org.apache.jena.vocabulary.RDFS.label.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralLang("Ukraine", "en")), "labels of linked entities, " + e.getKey());
            assertFalse(g.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, crimea), "no incoming links in RDF, " + e.getKey());
        }
    }

    @Test
    void everyParleyIriInAFullDumpDereferencesToTurtle() throws Exception {
        byte[] nq = DumpFixture.dump(Dumper.create(DumpFixture.store().datasetGraph()).build(), DumpFormat.NQUADS);
        Set<String> iris = new TreeSet<>();
        var parsed = DumpFixture.parse(nq, DumpFormat.NQUADS);
        Txn.executeRead(parsed, () -> parsed.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))
                if (n.isURI() && n.getURI().startsWith(Ids.ID_BASE)) iris.add(n.getURI());
        }));
        assertTrue(iris.contains(Ids.ID_BASE + "scheme/issues") && iris.contains(Ids.ID_BASE + "scheme/options"), "the dump names both schemes");
        assertTrue(iris.size() > 100, iris.size() + " IRIs");
        List<String> failed = new ArrayList<>();
        for (String iri : iris) {
            HttpResponse<byte[]> r = get("id/" + iri.substring(Ids.ID_BASE.length()), "text/turtle");
            if (r.statusCode() != 200 || !contentType(r).startsWith("text/turtle")) {
                failed.add(r.statusCode() + " " + iri);
                continue;
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(g);
            if (!g.contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY)) failed.add("no triples about " + iri);
        }
        assertEquals(List.of(), failed, "of " + iris.size() + " Parley IRIs in the dump");
    }

    @Test
    void theSchemesOfIssuesAndOptionsAreDescribed() throws Exception {
        for (String scheme : List.of("issues", "options")) {
            HttpResponse<byte[]> r = get("id/scheme/" + scheme, "text/turtle");
            assertEquals(200, r.statusCode(), scheme);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.TURTLE).parse(g);
            Node s = NodeFactory.createURI(Ids.ID_BASE + "scheme/" + scheme);
            assertTrue(g.contains(s, RDF.type.asNode(), SKOS.ConceptScheme.asNode()), scheme);
            assertTrue(g.contains(s, SKOS.prefLabel.asNode(), Node.ANY), scheme);
            assertTrue(g.contains(s, RDFS.label.asNode(), Node.ANY), scheme);
        }
        String html = new String(get("id/scheme/issues", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Parley issues</h1>"), html);
        assertTrue(html.contains("href=\"/id/issue/"), "the page lists the issues in the scheme");
    }

    @Test
    void anyTypeGivesTurtleAndABrowserGetsHtml() throws Exception {
        assertTrue(contentType(get("id/region/crimea", null)).startsWith("text/turtle"));
        assertTrue(contentType(get("id/region/crimea", "*/*")).startsWith("text/turtle"));
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
        assertTrue(contentType(get("id/region/crimea", browser)).startsWith("text/html"));
        assertTrue(contentType(get("id/region/crimea", "application/ld+json;q=0.5, text/turtle;q=0.4")).startsWith("application/ld+json"));
        HttpResponse<byte[]> json = get("id/region/crimea", "application/json");
        assertEquals(200, json.statusCode());
        assertEquals("application/json", contentType(json));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(json.body())).lang(Lang.JSONLD).errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                .context(DumpFixture.noNetwork()).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(CRIMEA), RDFS.label.asNode(), Node.ANY), "plain JSON clients get JSON-LD");
    }

    @Test
    void theHtmlPageHasTheLabelLinksToRelatedEntitiesAndToWikidata() throws Exception {
        HttpResponse<byte[]> r = get("id/region/crimea", "text/html");
        assertEquals(200, r.statusCode());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Autonomous Republic of Crimea</h1>"), html);
        assertTrue(html.contains("href=\"https://www.wikidata.org/wiki/Q756294\""), "Wikidata link");
        assertTrue(html.contains("href=\"https://sws.geonames.org/703883/\""), "GeoNames link");
        assertTrue(html.contains("href=\"/id/party/ukraine\">Ukraine</a>"), "related entities on the same server");
        assertTrue(html.contains("href=\"/id/claim/russia-controls-crimea\""), "incoming links on the page");
        for (String external : List.of("<script", "src=\"http", "stylesheet\" href=\"http"))
            assertFalse(html.contains(external), "self-contained: " + external);
        HttpResponse<byte[]> followed = get("id/party/ukraine", "text/html");
        assertEquals(200, followed.statusCode(), "a link on the page leads to another page");
    }

    @Test
    void unknownEntitiesAre404AndUnacceptableTypes406() throws Exception {
        assertEquals(404, get("id/region/atlantis", "text/turtle").statusCode());
        assertEquals(404, get("id/region", "text/turtle").statusCode());
        assertEquals(404, get("id/", "text/html").statusCode());
        HttpResponse<byte[]> r = get("id/region/crimea", "application/pdf");
        assertEquals(406, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("text/turtle"), "406 says what is available");
        assertEquals(406, get("id/region/crimea", "text/turtle;q=0").statusCode());
    }

    @Test
    void theOntologyRedirectTargetInTheReadmeServesTheOntologyGraph() throws Exception {
        HttpResponse<byte[]> r = get("parley/get?graph=" + Ids.ONTOLOGY_GRAPH, "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("text/turtle"), contentType(r));
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("Stance"));
    }

    @Test
    void negotiationPrefersTheMostSpecificRange() {
        List<String> offers = LinkedDataServlet.OFFERS;
        assertEquals("text/turtle", Negotiation.choose(null, offers));
        assertEquals("text/html", Negotiation.choose("text/*;q=0.9, text/turtle;q=0.1", offers));
        assertEquals("application/n-triples", Negotiation.choose("application/n-triples", offers));
        assertNull(Negotiation.choose("image/png, text/plain", offers));
        assertNull(Negotiation.choose("*/*;q=0", offers));
    }
}
