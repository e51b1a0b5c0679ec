package org.w3id.parley.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.parley.Bundled;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.rdf.PARLEY;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ontology at its IRI: {@code GET /ontology} answers for
 * {@code https://w3id.org/parley/ontology} (and for its version IRI,
 * {@code /ontology/1.1.0}) with content negotiation — the ontology graph of
 * {@code ontology/parley.ttl} as Turtle (the file itself), RDF/XML, JSON-LD or N-Triples, and for
 * browsers an HTML reference generated from the ontology and its SHACL shapes, with an example of
 * each term read from the served store. Term IRIs such as {@code …/ontology#Stance} land on the
 * reference's entry {@code /ontology#Stance}.
 *
 * <p>Fixed-format copies for downloading: {@code /ontology/parley.ttl}, {@code .rdf},
 * {@code .jsonld}, {@code .nt}, the shapes at {@code /ontology/shapes.ttl}, and the JSON Schema of
 * the input files at its {@code $id}, {@code /ontology/parley-input.schema.json}. Anything else
 * under {@code /ontology/} is 404; an {@code Accept} header that admits none of the types, 406.
 *
 * <pre>{@code
 * FusekiServer.create().add("/parley", dsg).addServlet("/ontology/*", new OntologyServlet(dsg)).build();
 * }</pre>
 */
public final class OntologyServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The bundled ontology file served. */
    static final String ONTOLOGY_FILE = Bundled.ONTOLOGY + "/parley.ttl";
    /** The bundled shapes file served and documented. */
    static final String SHAPES_FILE = Bundled.ONTOLOGY + "/shapes.ttl";
    /** The JSON Schema of the input files, whose {@code $id} is {@code https://w3id.org/parley/ontology/parley-input.schema.json}. */
    static final String SCHEMA_FILE = Bundled.ONTOLOGY + "/parley-input.schema.json";

    private static final Map<String, DumpFormat> RDF = Map.of(
            "text/turtle", DumpFormat.TURTLE, "application/ld+json", DumpFormat.JSONLD,
            "application/n-triples", DumpFormat.NTRIPLES, "application/rdf+xml", DumpFormat.RDFXML,
            "application/json", DumpFormat.JSONLD);

    /** Download names → media type. */
    private static final Map<String, String> FILES = Map.of("/parley.ttl", "text/turtle", "/parley.rdf", "application/rdf+xml",
            "/parley.jsonld", "application/ld+json", "/parley.nt", "application/n-triples");

    @SuppressWarnings("serial") // servlets are not serialised here
    private final DatasetGraph dsg;
    /** Media type → the ontology in it. */
    private final Map<String, byte[]> bodies = new LinkedHashMap<>();
    private final byte[] shapesTurtle;
    private final byte[] inputSchema;
    @SuppressWarnings("serial")
    private final OntologyReference reference;
    /** Paths that name the ontology: "/" and "/{version}" for each version IRI under the ontology IRI. */
    private final Set<String> ontologyPaths = new TreeSet<>();

    /**
     * Serves the bundled ontology; the HTML reference takes its examples from {@code dsg} (one
     * read transaction per request).
     */
    public OntologyServlet(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
        byte[] turtle = read(ONTOLOGY_FILE);
        this.shapesTurtle = read(SHAPES_FILE);
        this.inputSchema = read(SCHEMA_FILE);
        Graph ontology = parse(turtle, ONTOLOGY_FILE);
        Graph shapes = parse(shapesTurtle, SHAPES_FILE);
        String version = null;
        ontologyPaths.add("/");
        for (Node v : ontology.find(NodeFactory.createURI(PARLEY.ONTOLOGY_IRI), OWL.versionIRI.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
            if (!v.isURI() || !v.getURI().startsWith(PARLEY.ONTOLOGY_IRI + "/")) continue;
            ontologyPaths.add(v.getURI().substring(PARLEY.ONTOLOGY_IRI.length()));
            version = v.getURI();
        }
        List<String> comments = new ArrayList<>();
        comments.add("The Parley ontology, " + PARLEY.ONTOLOGY_IRI + (version != null ? " (version " + version + ")" : ""));
        bodies.put("text/turtle", turtle);
        for (Map.Entry<String, DumpFormat> e : RDF.entrySet()) {
            if (e.getValue() == DumpFormat.TURTLE || e.getKey().equals("application/json")) continue;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                Dumper.writeGraph(ontology, e.getValue(), out, comments);
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            bodies.put(e.getKey(), out.toByteArray());
        }
        bodies.put("application/json", bodies.get("application/ld+json"));
        this.reference = new OntologyReference(ontology, shapes);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Access-Control-Allow-Origin", "*");
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (FILES.containsKey(path)) {
            send(resp, FILES.get(path), bodies.get(FILES.get(path)));
            return;
        }
        if (path.equals("/shapes.ttl")) {
            send(resp, "text/turtle", shapesTurtle);
            return;
        }
        if (path.equals("/parley-input.schema.json")) {
            send(resp, "application/schema+json", inputSchema);
            return;
        }
        if (!ontologyPaths.contains(path)) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No such ontology document: /ontology" + path
                    + "\nThis server has the Parley ontology at /ontology (" + PARLEY.ONTOLOGY_IRI + ")"
                    + (ontologyPaths.size() > 1 ? ", also as " + String.join(", ", ontologyPaths.stream()
                    .filter(p -> !p.equals("/")).map(p -> "/ontology" + p).toList()) : "") + ".");
            return;
        }
        resp.setHeader("Vary", "Accept");
        String type = Negotiation.choose(req.getHeader("Accept"), LinkedDataServlet.OFFERS);
        if (type == null) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + req.getHeader("Accept")
                    + "\nThe ontology is available as " + String.join(", ", LinkedDataServlet.OFFERS) + ".");
            return;
        }
        if (type.equals("text/html")) {
            send(resp, "text/html", reference.render(dsg, req.getContextPath()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(resp, type, bodies.get(type));
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        Responses.send(resp, HttpServletResponse.SC_OK, type.startsWith("text/") ? type + "; charset=utf-8" : type, body);
    }


    private static byte[] read(String resource) {
        try (InputStream in = Bundled.open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + resource, e);
        }
    }

    private static Graph parse(byte[] turtle, String name) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).base("https://w3id.org/parley/ontology").parse(g);
        if (g.isEmpty()) throw new IllegalStateException("bundled " + name + " is empty");
        return g;
    }
}
