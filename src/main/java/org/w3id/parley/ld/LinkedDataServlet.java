package org.w3id.parley.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.rdf.Ids;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Dereferenceable entity IRIs: {@code GET /id/{kind}/{slug}} answers for
 * {@code https://w3id.org/parley/id/{kind}/{slug}} with content negotiation — Turtle, JSON-LD,
 * N-Triples and RDF/XML for machines (JSON-LD also to clients that ask only for
 * {@code application/json}), an HTML page for people. The RDF is the entity's own
 * triples (union of the graphs) and the labels of what they point to; unknown entities get
 * 404, an {@code Accept} header that admits none of these types 406.
 *
 * <pre>{@code
 * FusekiServer.create().add("/parley", dsg).addServlet("/id/*", new LinkedDataServlet(dsg)).build();
 * }</pre>
 */
public final class LinkedDataServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Media types offered, in order of preference when the client does not mind. */
    static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/n-triples",
            "application/rdf+xml", "text/html", "application/json");

    private static final Map<String, DumpFormat> RDF = Map.of(
            "text/turtle", DumpFormat.TURTLE, "application/ld+json", DumpFormat.JSONLD,
            "application/n-triples", DumpFormat.NTRIPLES, "application/rdf+xml", DumpFormat.RDFXML,
            "application/json", DumpFormat.JSONLD);

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)+");

    @SuppressWarnings("serial") // servlets are not serialised here
    private final DatasetGraph dsg;

    /** Serves the entities of {@code dsg} (read in a read transaction per request). */
    public LinkedDataServlet(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String path = req.getPathInfo();
        if (path == null || !PATH.matcher(path).matches()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No Parley entity here: entity pages are /id/{kind}/{slug}.");
            return;
        }
        String iri = Ids.ID_BASE + path.substring(1);
        String type = Negotiation.choose(req.getHeader("Accept"), OFFERS);
        if (type == null) {
            Responses.text(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: " + req.getHeader("Accept")
                    + "\nThis resource is available as " + String.join(", ", OFFERS) + ".");
            return;
        }
        EntityDescription d = EntityDescription.read(dsg, iri);
        if (d == null) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "Parley has no entity " + iri);
            return;
        }
        byte[] body;
        if (type.equals("text/html")) {
            body = EntityPage.render(d, req.getContextPath()).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Dumper.writeGraph(d.graph(), RDF.get(type), out, List.of("Parley: " + iri));
            body = out.toByteArray();
        }
        Responses.send(resp, HttpServletResponse.SC_OK,
                type.equals("application/ld+json") || type.equals("application/rdf+xml") || type.equals("application/json")
                        ? type : type + "; charset=utf-8", body);
    }

}
