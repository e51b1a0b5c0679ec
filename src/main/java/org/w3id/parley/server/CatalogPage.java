package org.w3id.parley.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.parley.InvalidArgumentException;
import org.w3id.parley.query.BadParameterException;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.Page;
import org.w3id.parley.query.Param;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.query.UnknownQueryException;
import org.w3id.parley.report.Html;
import org.w3id.parley.report.HtmlTemplate;
import org.w3id.parley.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog page at {@code /catalog}: every catalog query with its summary, description and
 * parameters, each with a link and a small form that open it in the Fuseki UI's query editor,
 * ready to run.
 *
 * <p>{@code /catalog/open?name=Q&PARAM=VALUE…} binds the parameters exactly as
 * {@code parley query} does (each value checked, entities looked up in the store, defaults
 * applied), substitutes them into the query text and redirects to the editor with that text:
 * {@code /ui/#/dataset/parley/query?query=…}. Queries without parameters open as written.
 *
 * <p>{@code /catalog/run?name=Q&PARAM=VALUE…[&offset=N][&limit=N][&format=F]} runs the query
 * with its parameters bound the same way and answers its result: SPARQL results JSON, or CSV, TSV
 * or a text table by {@code format} or the Accept header. The whole answer unless {@code offset}
 * or {@code limit} ask for a page; either way the header {@value #TOTAL_ROWS} says how many rows
 * the whole answer has, and a {@code Link rel="next"} header gives the next page's URL. It runs
 * with the server's query timeout, read-only, as {@code parley query} does on the command line.
 */
final class CatalogPage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CSS = """
            .query { border: 1px solid var(--line); border-radius: 4px; padding: .2rem 1rem .8rem; margin: 1rem 0; }
            .query h2 { border: none; margin-top: .8rem; }
            .query form { margin: .6rem 0; display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; }
            .query label { display: flex; flex-direction: column; font-size: .85em; color: var(--muted); }
            .query input[type=text] { font: inherit; padding: .2rem .35rem; min-width: 12rem; }
            .open { display: inline-block; background: var(--accent); color: #fff; padding: .3rem .8rem; border-radius: 3px; text-decoration: none; border: 0; font: inherit; cursor: pointer; }
            .open:hover { background: #174a83; }
            .empty { background: #fff8e1; border: 1px solid #f0d48a; padding: 1rem; }
            """;
    /** The page's content around the queries: catalog.html beside this class. */
    private static final HtmlTemplate PAGE = HtmlTemplate.resource(CatalogPage.class, "catalog.html");
    /** One query's section: catalog-query.html beside this class. */
    private static final HtmlTemplate QUERY = HtmlTemplate.resource(CatalogPage.class, "catalog-query.html");

    /** Response header of {@code /catalog/run}: how many rows the whole answer has, whatever page was written. */
    static final String TOTAL_ROWS = "Parley-Total-Rows";

    private final transient Catalog catalog;
    private final transient Store store;
    private final String dataset;
    private final Duration timeout;

    /**
     * @param catalog the queries to list
     * @param store   the served store, to check entity parameters
     * @param dataset the dataset name in URLs, without the slash
     * @param timeout how long a query of {@code /catalog/run} may run
     */
    CatalogPage(Catalog catalog, Store store, String dataset, Duration timeout) {
        this.catalog = catalog;
        this.store = store;
        this.dataset = dataset;
        this.timeout = timeout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) page(req, resp);
        else if (path.equals("/open")) open(req, resp);
        else if (path.equals("/run")) run(req, resp);
        else resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: /catalog" + path);
    }

    private void page(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getContextPath() + "/";
        String empty = !catalog.all().isEmpty() ? "" : "<p class=\"empty\" id=\"empty\">The catalog is empty: this build of Parley carries no queries "
                + "(the <code>queries/</code> folder had no <code>.rq</code> files). The <a href=\"" + Pages.editor(root, dataset)
                + "\">query editor</a> still works.</p>\n";
        StringBuilder queries = new StringBuilder();
        for (CatalogQuery q : catalog.all()) queries.append(query(q, root));
        String main = PAGE.fill(Map.of("noInference", Pages.NO_INFERENCE, "endpoint", root + dataset + "/sparql", "empty", empty,
                "queries", queries.toString()));
        Pages.send(resp, HttpServletResponse.SC_OK, Html.head("Parley query catalog", CSS + Pages.NOTE_CSS, navigation(root)) + main + Html.tail());
    }

    private String navigation(String root) {
        return Pages.navigation(root, dataset);
    }

    private String query(CatalogQuery q, String root) {
        String id = Html.escape(q.name());
        StringBuilder tags = new StringBuilder();
        for (String t : q.tags()) tags.append("<span class=\"tag\">").append(Html.escape(t)).append("</span>");
        boolean runnable = q.params().stream().noneMatch(p -> p.required() && p.defaultValue() == null);
        StringBuilder h = new StringBuilder();
        if (!q.params().isEmpty()) {
            h.append("<table class=\"params\"><tr><th>Parameter</th><th>Type</th><th>Default</th><th>Meaning</th></tr>\n");
            for (Param p : q.params())
                h.append("<tr><td><code>?").append(Html.escape(p.name())).append("</code></td><td>").append(Html.escape(p.type()))
                        .append("</td><td>").append(p.defaultValue() != null ? "<code>" + Html.escape(p.defaultValue()) + "</code>"
                                : p.required() ? "<em>required</em>" : "<span class=\"muted\">none (optional)</span>")
                        .append("</td><td>").append(Html.escape(p.description())).append("</td></tr>\n");
            h.append("</table>\n");
            h.append("<form method=\"get\" action=\"").append(root).append("catalog/open\">")
                    .append("<input type=\"hidden\" name=\"name\" value=\"").append(id).append("\">");
            for (Param p : q.params())
                h.append("<label>").append(Html.escape(p.name())).append(" (").append(Html.escape(p.type())).append(")")
                        .append("<input type=\"text\" name=\"").append(Html.escape(p.name())).append("\" value=\"")
                        .append(Html.escape(p.defaultValue())).append("\"></label>");
            h.append("<button class=\"open\" type=\"submit\">Open with these values</button></form>\n");
        }
        String run = !runnable ? "" : "<p><a class=\"open run\" href=\"" + root + "catalog/open?name="
                + URLEncoder.encode(q.name(), StandardCharsets.UTF_8) + "\">Open in the query editor"
                + (q.params().isEmpty() ? "" : " with the defaults") + "</a></p>\n";
        return QUERY.fill(Map.of("name", q.name(), "summary", q.summary(), "tags", tags.toString(), "description", q.description(),
                "parameters", h.toString(), "run", run, "text", q.text()));
    }

    private void open(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String root = req.getContextPath() + "/";
        String name = req.getParameter("name");
        try {
            if (name == null || name.isBlank()) throw new BadParameterException("say which query: /catalog/open?name=QUERY");
            CatalogQuery q = catalog.get(name);
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                if (e.getKey().equals("name")) continue;
                String v = e.getValue().length == 0 ? "" : e.getValue()[0].strip();
                if (!v.isEmpty()) values.put(e.getKey(), v);
            }
            String text = editorText(q, values);
            String target = Pages.editor(root, dataset) + "?query="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", target);
        } catch (InvalidArgumentException | IllegalArgumentException e) {
            String h = Html.head("Parley query catalog", CSS, navigation(root)) + "<p class=\"empty\">" + Html.escape(e.getMessage())
                    + "</p><p><a href=\"" + root + "catalog\">Back to the catalog</a></p>" + Html.tail();
            Pages.send(resp, HttpServletResponse.SC_BAD_REQUEST, h);
        }
    }

    private void run(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name");
        try {
            if (name == null || name.isBlank()) throw new BadParameterException("say which query: /catalog/run?name=QUERY");
            CatalogQuery q = catalog.get(name);
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
                if (CatalogQuery.RESERVED.contains(e.getKey())) continue;
                String v = e.getValue().length == 0 ? "" : e.getValue()[0].strip();
                if (!v.isEmpty()) values.put(e.getKey(), v);
            }
            Page page = Page.of(number(req, "offset"), number(req, "limit"));
            ResultFormat format = format(req);
            Map<String, RDFNode> bindings = Catalog.bind(q, values, store);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            long total = QueryRunner.run(store, QueryRunner.parsed(q), bindings, format, body, page, timeout);
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(switch (format) {
                case JSON -> "application/sparql-results+json";
                case CSV -> "text/csv";
                case TSV -> "text/tab-separated-values";
                case TABLE -> "text/plain";
            });
            resp.setCharacterEncoding("UTF-8");
            if (total >= 0) {
                resp.setHeader(TOTAL_ROWS, Long.toString(total));
                long next = page.next(total);
                if (next >= 0) resp.setHeader("Link", "<" + nextPage(req, next) + ">; rel=\"next\"");
            }
            resp.setContentLength(body.size());
            body.writeTo(resp.getOutputStream());
        } catch (UnknownQueryException e) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "no catalog query named '" + name + "'; " + req.getContextPath() + "/catalog lists them");
        } catch (InvalidArgumentException | IllegalArgumentException e) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        } catch (QueryCancelledException e) {
            plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query ran past the server's query timeout ("
                    + timeout.toMillis() + " ms); a parameter or a smaller page may answer sooner");
        }
    }

    /** A number parameter of {@code /catalog/run}, or null when it is absent or blank. */
    private static Long number(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return null;
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException("Illegal " + name + "=" + v + ": give a whole number");
        }
    }

    /** The result format: the {@code format} parameter, else the first of the Accept header's types it knows, else JSON. */
    private static ResultFormat format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null && !f.isBlank()) return ResultFormat.parse(f.strip());
        String accept = req.getHeader("Accept");
        if (accept != null)
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
                switch (type) {
                    case "text/csv": return ResultFormat.CSV;
                    case "text/tab-separated-values": return ResultFormat.TSV;
                    case "text/plain": return ResultFormat.TABLE;
                    case "application/sparql-results+json", "application/json": return ResultFormat.JSON;
                    default: break;
                }
            }
        return ResultFormat.JSON;
    }

    /** This request's URL with {@code offset} set to {@code next}. */
    private static String nextPage(HttpServletRequest req, long next) {
        StringBuilder b = new StringBuilder(req.getRequestURI()).append('?');
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals("offset")) continue;
            for (String v : e.getValue())
                b.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
        }
        return b.append("offset=").append(next).toString();
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().println(message);
    }

    /** The query text for the editor: parameters bound and substituted, the header comment kept. */
    String editorText(CatalogQuery q, Map<String, String> values) {
        Map<String, RDFNode> bindings = Catalog.bind(q, values, store);
        if (bindings.isEmpty()) return q.text();
        Query bound = QueryTransformOps.queryReplaceVars(QueryRunner.parsed(q), bindings);
        StringBuilder b = new StringBuilder();
        for (String line : q.text().split("\n")) {
            if (!line.strip().startsWith("#")) break;
            b.append(line).append('\n');
        }
        b.append("#\n# Parameters, substituted below:");
        bindings.forEach((k, v) -> b.append("\n#   ?").append(k).append(" = ").append(FmtUtils.stringForNode(v.asNode())));
        b.append("\n\n").append(bound.serialize());
        return b.toString();
    }
}
