package org.w3id.parley.server;

import jakarta.servlet.http.HttpServletResponse;
import org.w3id.parley.report.Html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What Parley's own HTML pages share: the links in their top bar, where the query editor is,
 * the note on inference, and sending a page.
 */
final class Pages {
    private Pages() {}

    /**
     * The one-sentence note on inference at the top of the home page and the catalog: the
     * endpoint answers from the stored triples only.
     */
    static final String NO_INFERENCE = "<p class=\"note\" id=\"no-inference\">The endpoint does no RDFS or OWL inference, so "
            + "<code>?s a parley:Party</code> finds nothing (parties are typed <code>parley:State</code>, "
            + "<code>parley:InternationalOrganization</code> or <code>parley:Group</code>): write "
            + "<code>?s a/rdfs:subClassOf* parley:Party</code> to include the subclasses, which works because the "
            + "ontology is in the store.</p>\n";

    /** The style of {@link #NO_INFERENCE}. */
    static final String NOTE_CSS = ".note { background: #eef5fc; border: 1px solid #b9d3ef; border-radius: 4px; padding: .5rem .8rem; }\n";

    /**
     * The Fuseki UI's query editor for a dataset: the UI is at {@code /ui/} (the server's root
     * is Parley's home page, {@link UiPath}) and the editor one of its routes.
     */
    static String editor(String root, String dataset) {
        return root + "ui/#/dataset/" + dataset + "/query";
    }

    /** Links to the home page, the query editor, the catalog, the report and the ontology, for a server whose root is {@code root}. */
    static String navigation(String root, String dataset) {
        return "<a href=\"" + root + "\">Home</a><a href=\"" + editor(root, dataset) + "\">Query editor</a><a href=\"" + root
                + "catalog\">Catalog</a><a href=\"" + root + "report\">Stance report</a><a href=\"" + root + "ontology\">Ontology</a>";
    }

    /** A {@code <link rel="alternate">} to an RDF (or other) form of a page. */
    static String alternate(String type, String href, String title) {
        return "<link rel=\"alternate\" type=\"" + Html.escape(type) + "\" href=\"" + Html.escape(href) + "\""
                + (title == null ? "" : " title=\"" + Html.escape(title) + "\"") + ">\n";
    }

    /** Sends a complete HTML page. */
    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
