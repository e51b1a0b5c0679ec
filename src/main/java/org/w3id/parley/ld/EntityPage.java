package org.w3id.parley.ld;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.dump.Prefixes;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;
import org.w3id.parley.report.Html;
import org.w3id.parley.report.HtmlTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The HTML page of an entity, for people: its label, kind and IRI, a table of its properties
 * whose values link to related entities on the same server ({@code /id/…}) and out to
 * Wikidata and GeoNames, and the entities that point to it. Self-contained: inline CSS, no
 * scripts, no fonts or files from elsewhere.
 */
final class EntityPage {
    private static final String WIKIDATA_PAGE = "https://www.wikidata.org/wiki/";
    /** The page, with its inline style: see entity.html beside this class. */
    private static final HtmlTemplate PAGE = HtmlTemplate.resource(EntityPage.class, "entity.html");

    private EntityPage() {}

    /**
     * Renders a description.
     *
     * @param d           the description
     * @param contextPath the servlet context path ({@code ""} at the server root), for links to other entities
     */
    static String render(EntityDescription d, String contextPath) {
        String iri = d.entity().getURI();
        String rest = iri.substring(Ids.ID_BASE.length());
        String kind = rest.substring(0, rest.indexOf('/'));
        String title = d.labels().getOrDefault(iri, rest);
        List<Triple> rows = new ArrayList<>();
        d.graph().find(d.entity(), Node.ANY, Node.ANY).forEachRemaining(rows::add);
        rows.sort(Comparator.comparing((Triple t) -> t.getPredicate().equals(RDF.type.asNode()) ? 0 : 1)
                .thenComparing(t -> propertyName(t.getPredicate().getURI(), d))
                .thenComparing(t -> t.getObject().toString()));

        StringBuilder b = new StringBuilder(8192);
        for (Triple t : rows) {
            String p = t.getPredicate().getURI();
            String name = propertyName(p, d);
            b.append("<tr><th>").append(link(p, name, contextPath));
            String q = Prefixes.qname(p);
            if (q != null && !q.equals(name)) b.append(" <small>").append(esc(q)).append("</small>");
            b.append("</th><td>").append(value(t.getObject(), d, contextPath)).append("</td></tr>\n");
        }
        String properties = b.toString();

        List<String> outLinks = new ArrayList<>();
        for (Triple t : rows) {
            Node o = t.getObject();
            if (!o.isURI()) continue;
            String u = o.getURI();
            if (u.startsWith(Ids.WIKIDATA)) {
                String qid = u.substring(Ids.WIKIDATA.length());
                outLinks.add("<a href=\"" + esc(WIKIDATA_PAGE + qid) + "\">Wikidata " + esc(qid) + "</a>");
            } else if (u.startsWith("https://sws.geonames.org/") || u.startsWith("http://sws.geonames.org/")) {
                outLinks.add("<a href=\"" + esc(u) + "\">GeoNames " + esc(u.replaceAll("^.*geonames\\.org/|/$", "")) + "</a>");
            }
        }
        b.setLength(0);
        if (!outLinks.isEmpty()) {
            b.append("<h2>Elsewhere</h2>\n<ul>\n");
            for (String l : outLinks) b.append("<li>").append(l).append("</li>\n");
            b.append("</ul>\n");
        }
        String elsewhere = b.toString();

        b.setLength(0);
        if (!d.incoming().isEmpty()) {
            b.append("<h2>Referred to by</h2>\n<table>\n<thead><tr><th>Property</th><th>Entity</th></tr></thead>\n<tbody>\n");
            for (Triple t : d.incoming()) {
                String p = t.getPredicate().getURI();
                b.append("<tr><th>").append(link(p, propertyName(p, d), contextPath)).append("</th><td>")
                        .append(value(t.getSubject(), d, contextPath)).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
            if (d.moreIncoming())
                b.append("<p>Only the first ").append(EntityDescription.MAX_INCOMING)
                        .append(" are listed; the SPARQL endpoint has them all.</p>\n");
        }

        return PAGE.fill(Map.of("title", title, "iri", iri, "path", contextPath + "/id/" + rest, "root", contextPath, "kind", kind,
                "properties", properties, "elsewhere", elsewhere, "referredToBy", b.toString()));
    }

    private static String propertyName(String iri, EntityDescription d) {
        String label = d.labels().get(iri);
        if (label != null) return label;
        String q = Prefixes.qname(iri);
        return q != null ? q : iri;
    }

    private static String value(Node o, EntityDescription d, String contextPath) {
        if (o.isURI()) {
            String u = o.getURI();
            String label = d.labels().get(u);
            String q = Prefixes.qname(u);
            String shown = label != null ? label : q != null ? q : u.startsWith(Ids.ID_BASE) ? u.substring(Ids.ID_BASE.length()) : u;
            String extra = label != null && q != null ? " <small>" + esc(q) + "</small>" : "";
            if (label != null && q == null && u.startsWith(Ids.ID_BASE))
                extra = " <small>" + esc(u.substring(Ids.ID_BASE.length())) + "</small>";
            return link(u, shown, contextPath) + extra;
        }
        if (o.isBlank()) return "<code>_:" + esc(o.getBlankNodeLabel()) + "</code>";
        StringBuilder b = new StringBuilder(esc(o.getLiteralLexicalForm()));
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        if (lang != null && !lang.isEmpty()) b.append(" <small>@").append(esc(lang)).append("</small>");
        else if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI())) {
            String q = Prefixes.qname(dt);
            b.append(" <small>").append(esc(q != null ? q : dt)).append("</small>");
        }
        return b.toString();
    }

    /** A link: Parley entities to this server's {@code /id/…}, ontology terms to its reference {@code /ontology#Term}, Wikidata entities to their page, other http(s) IRIs as they are. */
    private static String link(String iri, String text, String contextPath) {
        String href;
        if (iri.startsWith(Ids.ID_BASE)) href = contextPath + "/id/" + iri.substring(Ids.ID_BASE.length());
        else if (iri.startsWith(PARLEY.NS) && iri.length() > PARLEY.NS.length()) href = contextPath + "/ontology#" + iri.substring(PARLEY.NS.length());
        else if (iri.startsWith(Ids.WIKIDATA)) href = WIKIDATA_PAGE + iri.substring(Ids.WIKIDATA.length());
        else if (iri.startsWith("http://") || iri.startsWith("https://")) href = iri;
        else return esc(text);
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** Escapes text for HTML element content and double-quoted attribute values. */
    private static String esc(String s) {
        return Html.escape(s);
    }
}
