package org.w3id.parley.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.w3id.parley.TestSupport.*;

/**
 * The SPARQL 1.1 service description at the query endpoints, read by Jena, rdflib and rapper,
 * and used by Comunica, which then warns of nothing. Outside CI a missing tool skips its part of
 * the test; with CI=true it fails.
 */
@Integration
class ServiceDescriptionTest extends WithBundledStore {
    private static final String SD = ServiceDescription.SD;

    @TempDir
    Path dir;

    private static Model parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.fromString(r.body(), lang).toModel();
    }

    private static Set<String> objects(Model m, Resource s, String property) {
        Set<String> out = new TreeSet<>();
        m.listObjectsOfProperty(s, m.createProperty(SD, property)).forEach(o -> out.add(o.isURIResource() ? o.asResource().getURI() : o.toString()));
        return out;
    }

    @Test
    void aGetWithoutAQueryDescribesTheEndpoint() {
        served(b -> b, server -> {
            for (String path : new String[] {"parley/sparql", "parley/query", "parley"}) {
                String url = server.baseUrl() + path;
                HttpResponse<String> r = get(url, "Accept", "text/turtle");
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), path);
                Model m = parse(r, Lang.TURTLE);
                List<Resource> services = m.listSubjectsWithProperty(m.createProperty(SD, "endpoint")).toList();
                assertEquals(1, services.size(), path);
                Resource s = services.get(0);
                assertTrue(m.contains(s, org.apache.jena.vocabulary.RDF.type, m.createResource(SD + "Service")));
                assertEquals(Set.of(url), objects(m, s, "endpoint"), path);
                assertEquals(Set.of(SD + "SPARQL11Query"), objects(m, s, "supportedLanguage"), "queries only, no update language");
                assertEquals(Set.of(SD + "UnionDefaultGraph"), objects(m, s, "feature"));
                assertEquals(ServiceDescription.RESULT_FORMATS.size(), objects(m, s, "resultFormat").size());
                Resource ds = m.listObjectsOfProperty(s, m.createProperty(SD, "defaultDataset")).next().asResource();
                assertEquals(1, objects(m, ds, "defaultGraph").size());
                Set<String> names = new TreeSet<>();
                for (RDFNode ng : m.listObjectsOfProperty(ds, m.createProperty(SD, "namedGraph")).toList())
                    names.addAll(objects(m, ng.asResource(), "name"));
                assertEquals(new TreeSet<>(store.graphs()), names, "one sd:namedGraph per graph in the store");
                assertEquals(200, get(url + "?query=ASK%7B%7D").statusCode(), "a query is still a query");
            }
            HttpResponse<String> browser = get(server.sparqlUrl(), "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertEquals(200, browser.statusCode());
            assertTrue(browser.body().contains("sd:SPARQL11Query") && browser.body().contains("href=\"/\""), browser.body());
            HttpResponse<String> none = get(server.sparqlUrl(), "Accept", "image/png");
            assertEquals(406, none.statusCode());
            HttpResponse<String> head = request("HEAD", server.sparqlUrl(), null, null);
            assertEquals(200, head.statusCode());
            assertEquals("", head.body());
            return null;
        });
    }

    @Test
    void everyFormatSaysTheSame() {
        served(b -> b, server -> {
            Model turtle = parse(get(server.sparqlUrl()), Lang.TURTLE);
            Map<String, Lang> formats = Map.of("application/ld+json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML,
                    "application/n-triples", Lang.NTRIPLES, "application/n-quads", Lang.NQUADS, "application/trig", Lang.TRIG);
            formats.forEach((type, lang) -> {
                HttpResponse<String> r = get(server.sparqlUrl(), "Accept", type);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
                Model m = lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG)
                        ? RDFParser.fromString(r.body(), lang).toDataset().getDefaultModel() : parse(r, lang);
                assertTrue(m.isIsomorphicWith(turtle), type);
            });
            // At the dataset's own address, a client asking for quads still gets the dataset.
            HttpResponse<String> dump = get(server.baseUrl() + "parley", "Accept", "application/n-quads");
            assertEquals(200, dump.statusCode());
            assertTrue(dump.body().contains("<https://w3id.org/parley/id/region/crimea>"), "the dataset, not its description");
            return null;
        });
    }

    @Test
    void theEndpointAnswersInEveryFormatItDeclares() {
        Map<String, String[]> media = Map.of(
                "SPARQL_Results_JSON", new String[] {"SELECT", "application/sparql-results+json"},
                "SPARQL_Results_XML", new String[] {"SELECT", "application/sparql-results+xml"},
                "SPARQL_Results_CSV", new String[] {"SELECT", "text/csv"},
                "SPARQL_Results_TSV", new String[] {"SELECT", "text/tab-separated-values"},
                "Turtle", new String[] {"CONSTRUCT", "text/turtle"},
                "N-Triples", new String[] {"CONSTRUCT", "application/n-triples"},
                "RDF_XML", new String[] {"CONSTRUCT", "application/rdf+xml"},
                "JSON-LD", new String[] {"CONSTRUCT", "application/ld+json"},
                "N-Quads", new String[] {"CONSTRUCT", "application/n-quads"},
                "TriG", new String[] {"CONSTRUCT", "application/trig"});
        assertEquals(new TreeSet<>(ServiceDescription.RESULT_FORMATS), new TreeSet<>(media.keySet()));
        served(b -> b, server -> {
            media.forEach((format, m) -> {
                String q = m[0].equals("SELECT") ? "SELECT ?s { ?s a <https://w3id.org/parley/ontology#Region> } LIMIT 2"
                        : "CONSTRUCT { ?s a <urn:x:Region> } WHERE { ?s a <https://w3id.org/parley/ontology#Region> } LIMIT 2";
                HttpResponse<String> r = query(server.sparqlUrl(), q, m[1]);
                assertEquals(200, r.statusCode(), format);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(m[1]), format + ": " + r.headers());
                assertTrue(r.body().contains("region/"), format + ": " + r.body());
            });
            return null;
        });
    }

    @Test
    void rdflibAndRapperReadIt() throws Exception {
        served(b -> b, server -> {
            try {
                Path ttl = dir.resolve("sd.ttl"), rdf = dir.resolve("sd.rdf");
                Files.writeString(ttl, get(server.sparqlUrl()).body());
                Files.writeString(rdf, get(server.sparqlUrl(), "Accept", "application/rdf+xml").body());
                long jena = parse(get(server.sparqlUrl()), Lang.TURTLE).size();

                String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
                if (tool("python3 with rdflib", python, "-c", "import rdflib")) {
                    Run r = run(python, "-W", "error", "-c", """
                            import sys, rdflib
                            SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
                            g = rdflib.Graph().parse(sys.argv[1], format="turtle")
                            x = rdflib.Graph().parse(sys.argv[2], format="xml")
                            svc = next(g.subjects(SD.endpoint, None))
                            print(len(g), len(x), g.value(svc, SD.endpoint), len(list(g.objects(None, SD.namedGraph))))
                            """, ttl.toString(), rdf.toString());
                    assertEquals(0, r.code(), r.err());
                    assertEquals("", r.err(), "rdflib printed warnings");
                    assertEquals(jena + " " + jena + " " + server.sparqlUrl() + " " + store.graphs().size(), r.out().strip());
                }
                if (tool("rapper", "rapper", "--version")) {
                    Run r = run("rapper", "-i", "turtle", "-c", ttl.toString());
                    assertEquals(0, r.code(), r.err());
                    assertTrue(r.err().contains("returned " + jena + " triples"), r.err());
                    assertFalse(r.err().toLowerCase().contains("warning"), r.err());
                }
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            return null;
        });
    }

    @Test
    void comunicaQueriesTheEndpointWithoutWarnings() throws Exception {
        served(b -> b, server -> {
            try {
                if (!tool("comunica-sparql", "comunica-sparql", "--version")) return null;
                Run r = run("comunica-sparql", server.sparqlUrl(),
                        "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a <https://w3id.org/parley/ontology#Region> }");
                assertEquals(0, r.code(), r.out() + r.err());
                assertTrue(r.out().contains("\"n\":\"\\\"6\\\"^^http://www.w3.org/2001/XMLSchema#integer\""), r.out());
                assertEquals("", r.err().strip(), "Comunica warned: " + r.err());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            return null;
        });
    }

    private record Run(int code, String out, String err) {}

    private Run run(String... cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Whether a tool runs; on CI a missing tool fails the test, elsewhere it skips. */
    private boolean tool(String name, String... probe) {
        boolean ok;
        try {
            Run r = run(probe);
            // comunica-sparql --version prints its versions on standard error and exits with 1
            ok = r.code() == 0 || r.err().contains("Comunica Engine");
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        if (!ok && "true".equals(System.getenv("CI"))) fail(name + " is missing: .ci/run installs it");
        assumeTrue(ok, name + " is not installed");
        return true;
    }
}
