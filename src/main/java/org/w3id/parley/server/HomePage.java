package org.w3id.parley.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.parley.report.Html;
import org.w3id.parley.report.HtmlTemplate;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Parley's home page at {@code /}, and the label search at {@code /search}.
 *
 * <p>The home page says what the dataset holds (sources, entities, quads, named graphs, the
 * newest source's date: the store does not record when it was loaded), links to the query
 * editor, the catalog, the stance report, the ontology and the entity pages of the regions,
 * parties and issues, and has a search box over labels.
 *
 * <p>{@code GET /search?q=TERM} looks for {@code TERM} in the {@code rdfs:label},
 * {@code skos:prefLabel} and {@code skos:altLabel} of the entities, ignoring case: the one match,
 * or the one entity labelled exactly {@code TERM}, is answered with a redirect (303) to its
 * page; several matches are listed (200), none is a 404 page, a missing or blank term a 400 page.
 */
final class HomePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CSS = Pages.NOTE_CSS + """
            .holdings td:nth-child(2) { text-align: right; }
            .links li { margin: .25rem 0; }
            form.search { margin: 1rem 0; display: flex; gap: .5rem; }
            form.search input[type=search] { font: inherit; padding: .3rem .5rem; min-width: 20rem; }
            form.search button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 3px; padding: .3rem .9rem; cursor: pointer; }
            .columns { display: flex; flex-wrap: wrap; gap: 2rem; }
            .columns section { min-width: 16rem; }
            .columns ul { padding-left: 1.2rem; }
            """;
    /** The home page's content: home.html beside this class. */
    private static final HtmlTemplate HOME = HtmlTemplate.resource(HomePage.class, "home.html");

    private final transient DatasetGraph dsg;
    private final String dataset;

    /**
     * @param dsg     the served dataset (its default graph the union of its named graphs)
     * @param dataset the dataset name in URLs, without the slash
     */
    HomePage(DatasetGraph dsg, String dataset) {
        this.dsg = dsg;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getContextPath() + "/";
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals("/search")) search(req, resp, root);
        else if (path.isEmpty() || path.equals("/")) home(resp, root);
        else resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: " + path);
    }

    private String head(String title, String root) {
        String alternates = Pages.alternate("text/turtle", root + dataset + "/sparql", "SPARQL service description (Turtle)")
                + Pages.alternate("application/ld+json", root + dataset + "/sparql", "SPARQL service description (JSON-LD)");
        return Html.head(title, CSS, Pages.navigation(root, dataset), alternates);
    }

    private void home(HttpServletResponse resp, String root) throws IOException {
        Holdings h = Holdings.read(dsg);
        String endpoint = root + dataset + "/sparql";
        StringBuilder search = new StringBuilder();
        search(search, root, "");

        StringBuilder holdings = new StringBuilder();
        row(holdings, "sources", "Sources", h.sources());
        row(holdings, "entities", "Entities (records and reference terms, each with a page under <code>/id/</code>)", h.entitiesByKind().values().stream().mapToLong(Long::longValue).sum());
        row(holdings, "quads", "Quads", h.quads());
        row(holdings, "graphs", "Named graphs", h.graphs().size());
        String newest = h.newestSource() != null
                ? "The store does not record when it was loaded; its newest source is dated <time>" + Html.escape(h.newestSource()) + "</time>."
                : "The store does not record when it was loaded, and no source in it carries a date.";
        StringBuilder byKind = new StringBuilder();
        if (!h.entitiesByKind().isEmpty()) {
            byKind.append("<p class=\"muted\">Entities by kind: ");
            boolean first = true;
            for (Map.Entry<String, Long> e : h.entitiesByKind().entrySet()) {
                if (!first) byKind.append(", ");
                first = false;
                byKind.append(Html.escape(e.getKey())).append(" ").append(e.getValue());
            }
            byKind.append(".</p>\n");
        }

        StringBuilder columns = new StringBuilder();
        for (String kind : Holdings.LISTED_KINDS) {
            List<Holdings.Entity> list = h.listed().getOrDefault(kind, List.of());
            long all = h.entitiesByKind().getOrDefault(kind, 0L);
            columns.append("<section id=\"").append(kind).append("s\"><h2>").append(title(kind)).append(" (").append(all).append(")</h2>\n");
            if (list.isEmpty()) columns.append("<p class=\"muted\">none</p>\n");
            else {
                columns.append("<ul>\n");
                for (Holdings.Entity e : list) entity(columns, root, e);
                columns.append("</ul>\n");
                if (all > list.size()) columns.append("<p class=\"muted\">The first ").append(list.size()).append(" of ").append(all)
                        .append("; search for the others.</p>\n");
            }
            columns.append("</section>\n");
        }
        String main = HOME.fill(Map.of("noInference", Pages.NO_INFERENCE, "search", search.toString(), "holdings", holdings.toString(),
                "newest", newest, "byKind", byKind.toString(), "editor", Pages.editor(root, dataset), "endpoint", endpoint, "root", root,
                "columns", columns.toString()));
        Pages.send(resp, HttpServletResponse.SC_OK, head("Parley", root) + main + Html.tail());
    }

    private static String title(String kind) {
        return switch (kind) {
            case "party" -> "Parties";
            case "region" -> "Regions";
            case "issue" -> "Issues";
            default -> Html.escape(kind);
        };
    }

    private static void row(StringBuilder b, String id, String label, long n) {
        b.append("<tr id=\"count-").append(id).append("\"><th>").append(label).append("</th><td>")
                .append(String.format("%,d", n)).append("</td></tr>\n");
    }

    private static void entity(StringBuilder b, String root, Holdings.Entity e) {
        b.append("<li><a href=\"").append(Html.escape(root + "id/" + e.path())).append("\">").append(Html.escape(e.label()))
                .append("</a> <span class=\"muted\">").append(Html.escape(e.path())).append("</span></li>\n");
    }

    private static void search(StringBuilder b, String root, String term) {
        b.append("<form class=\"search\" method=\"get\" action=\"").append(root).append("search\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"A name: Crimea, Ukraine, NATO…\" value=\"")
                .append(Html.escape(term)).append("\" aria-label=\"Search the labels\">")
                .append("<button type=\"submit\">Search</button></form>\n");
    }

    private void search(HttpServletRequest req, HttpServletResponse resp, String root) throws IOException {
        String q = req.getParameter("q");
        String term = q == null ? "" : q.strip();
        if (term.isEmpty() || term.length() > Holdings.MAX_TERM) {
            StringBuilder b = new StringBuilder(head("Parley search", root));
            search(b, root, term.length() > Holdings.MAX_TERM ? "" : term);
            b.append("<p class=\"muted\" id=\"message\">").append(term.isEmpty() ? "Type a name to look for, for example Crimea."
                    : "That is too long: a search term has at most " + Holdings.MAX_TERM + " characters.").append("</p>\n");
            b.append(Html.tail());
            Pages.send(resp, HttpServletResponse.SC_BAD_REQUEST, b.toString());
            return;
        }
        Holdings.Matches m = Holdings.search(dsg, term);
        Holdings.Entity only = m.only();
        if (only != null) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", root + "id/" + only.path());
            return;
        }
        StringBuilder b = new StringBuilder(head("Parley search", root));
        search(b, root, term);
        if (m.total() == 0) {
            b.append("<p id=\"message\">No label contains “").append(Html.escape(term)).append("”.</p>\n");
        } else {
            b.append("<p id=\"message\">").append(m.total()).append(" records have a label that contains “").append(Html.escape(term)).append("”")
                    .append(m.total() > m.entities().size() ? "; the first " + m.entities().size() + " are listed" : "").append(".</p>\n");
            b.append("<ul id=\"matches\">\n");
            for (Holdings.Entity e : m.entities()) entity(b, root, e);
            b.append("</ul>\n");
        }
        b.append(Html.tail());
        Pages.send(resp, m.total() == 0 ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_OK, b.toString());
    }
}
