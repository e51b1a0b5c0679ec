package org.w3id.parley.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.ld.Negotiation;
import org.w3id.parley.report.Html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SPARQL 1.1 Service Description of the query endpoints: a {@code GET} (or {@code HEAD}) of
 * {@code /parley/sparql}, {@code /parley/query} or {@code /parley} without a query string
 * answers it, built with Jena's Model API and written by Jena's writers, with content
 * negotiation: Turtle (the default), JSON-LD, RDF/XML, N-Triples, and, as the default graph of
 * a dataset, N-Quads and TriG; browsers ({@code text/html}) get a page showing the Turtle.
 * At {@code /parley}, a client that prefers a quad format still gets the dataset from the
 * Graph Store Protocol, as before.
 *
 * <p>The description names the endpoint (the URL asked for), SPARQL 1.1 Query as its only
 * language (updates are never served at these addresses), the result formats, the feature
 * {@code sd:UnionDefaultGraph}, simple entailment (no inference), and the default dataset:
 * the default graph and one {@code sd:namedGraph} per named graph in the store.
 */
final class ServiceDescription implements Filter {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";
    static final String ENTAILMENT = "http://www.w3.org/ns/entailment/";

    /**
     * The formats of the query endpoints' answers, as W3C format IRIs: SELECT and ASK in the
     * SPARQL results formats, CONSTRUCT and DESCRIBE in the RDF ones. Each is tested.
     */
    static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG");

    /** Media types offered, the first being the default; text/html shows the Turtle to a person. */
    static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
            "application/n-quads", "application/trig", "text/html", "text/plain", "application/json");

    private static final Map<String, Lang> LANGS = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/json", Lang.JSONLD, "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES,
            "text/plain", Lang.NTRIPLES, "application/n-quads", Lang.NQUADS, "application/trig", Lang.TRIG);

    private static final Set<String> QUADS = Set.of("application/n-quads", "application/trig");

    private final DatasetGraph dsg;
    private final String dataset;

    /**
     * @param dsg     the served dataset, whose named graphs are listed
     * @param dataset the dataset's path, {@code /parley}
     */
    ServiceDescription(DatasetGraph dsg, String dataset) {
        this.dsg = dsg;
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp && described(req)) {
            String path = req.getRequestURI().substring(req.getContextPath().length());
            String type = Negotiation.choose(req.getHeader("Accept"), OFFERS);
            // The dataset's own address also serves the whole dataset (Graph Store Protocol) to a client that asks for quads.
            if (path.equals(dataset) && (type == null || QUADS.contains(type))) {
                chain.doFilter(request, response);
                return;
            }
            describe(req, resp, type);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A GET or HEAD of a query endpoint with no query string. */
    private boolean described(HttpServletRequest req) {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) return false;
        String q = req.getQueryString();
        if (q != null && !q.isEmpty()) return false;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return path.equals(dataset) || path.equals(dataset + "/sparql") || path.equals(dataset + "/query");
    }

    private void describe(HttpServletRequest req, HttpServletResponse resp, String type) throws IOException {
        resp.setHeader("Vary", "Accept");
        if (type == null) {
            byte[] body = ("Not acceptable: " + req.getHeader("Accept") + "\nThe service description is available as "
                    + String.join(", ", OFFERS) + ".\n").getBytes(StandardCharsets.UTF_8);
            resp.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            resp.setContentType("text/plain; charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        String endpoint = req.getRequestURL().toString();
        Model model = model(endpoint);
        byte[] body;
        String contentType;
        if (type.equals("text/html")) {
            String root = req.getContextPath() + "/";
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, model, Lang.TURTLE);
            String html = Html.head("Parley SPARQL endpoint", "", Pages.navigation(root, dataset.substring(1)),
                    Pages.alternate("text/turtle", endpoint, "SPARQL service description (Turtle)"))
                    + "<p>This is Parley's SPARQL endpoint, <code>" + Html.escape(endpoint) + "</code>. Send it a query "
                    + "(<code>?query=…</code> by GET, or a POST), or open the <a href=\"" + Pages.editor(root, dataset.substring(1))
                    + "\">query editor</a>. Its SPARQL 1.1 service description, which machines get as RDF:</p>\n<pre id=\"description\">"
                    + Html.escape(turtle.toString(StandardCharsets.UTF_8)) + "</pre>\n" + Html.tail();
            body = html.getBytes(StandardCharsets.UTF_8);
            contentType = "text/html; charset=utf-8";
        } else {
            Lang lang = LANGS.get(type);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (QUADS.contains(type)) RDFDataMgr.write(out, DatasetGraphFactory.wrap(model.getGraph()), lang);
            else RDFDataMgr.write(out, model, lang);
            body = out.toByteArray();
            contentType = type.startsWith("text/") || type.equals("application/n-triples") || type.equals("application/n-quads")
                    || type.equals("application/trig") ? type + "; charset=utf-8" : type;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!req.getMethod().equals("HEAD")) resp.getOutputStream().write(body);
    }

    /** The description of the endpoint at {@code endpoint}, listing the store's named graphs now. */
    Model model(String endpoint) {
        List<String> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI()) graphs.add(g.getURI());
        }));
        graphs.sort(null);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("ent", ENTAILMENT);
        m.setNsPrefix("rdfs", RDFS.getURI());
        Resource service = m.createResource(endpoint + "#service");
        Resource endpointResource = m.createResource(endpoint);
        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(sd(m, "endpoint"), endpointResource)
                .addProperty(sd(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(m, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd(m, "defaultEntailmentRegime"), m.createResource(ENTAILMENT + "Simple"))
                .addProperty(RDFS.label, "Parley SPARQL endpoint", "en")
                .addProperty(RDFS.comment, "Read-only: SPARQL 1.1 Query only. The default graph is the union of the named graphs; "
                        + "there is no RDFS or OWL inference, so use ?s a/rdfs:subClassOf* parley:Party to include subclasses.", "en");
        for (String f : RESULT_FORMATS) service.addProperty(sd(m, "resultFormat"), m.createResource(FORMATS + f));
        Resource ds = m.createResource(endpoint + "#dataset");
        service.addProperty(sd(m, "defaultDataset"), ds);
        ds.addProperty(RDF.type, m.createResource(SD + "Dataset"));
        Resource dg = m.createResource(endpoint + "#default-graph");
        ds.addProperty(sd(m, "defaultGraph"), dg);
        dg.addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addProperty(RDFS.comment, "The union of the named graphs.", "en");
        for (String g : graphs) {
            Resource ng = m.createResource(); // the graphs' IRIs are Parley's: this entry is the endpoint's, so it gets no IRI there
            ds.addProperty(sd(m, "namedGraph"), ng);
            ng.addProperty(RDF.type, m.createResource(SD + "NamedGraph")).addProperty(sd(m, "name"), m.createResource(g));
        }
        return m;
    }

    private static Property sd(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
