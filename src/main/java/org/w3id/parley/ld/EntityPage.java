package org.w3id.parley.ld;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.parley.dump.Prefixes;
import org.w3id.parley.dump.Xml;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The HTML page of an entity, for people: its label, kind and IRI, a table of its properties
 * whose values link to related entities on the same server ({@code /id/…}) and out to
 * Wikidata and GeoNames, and the entities that point to it. Self-contained: inline CSS, no
 * scripts, no fonts or files from elsewhere.
 */
final class EntityPage {
    private static final String WIKIDATA_PAGE = "https://www.wikidata.org/wiki/";
    private static final String CSS = """
            body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:60rem;padding:1.5rem;color:#1d1d1f}
            header p{margin:.2rem 0}.kind{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:#666}
            h1{margin:.2rem 0 .4rem;font-size:1.8rem}h2{font-size:1.15rem;margin-top:2rem}
            code{font:.85rem ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #ddd}
            th{width:14rem;font-weight:600}small{color:#666}a{color:#0645ad}footer{margin-top:2.5rem;font-size:.85rem;color:#555}
            nav.site{font-size:.9rem;margin-bottom:1rem}
            """;

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
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append(" · Parley</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(esc(iri)).append("\">\n")
                .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"").append(esc(contextPath + "/id/" + rest))
                .append("\" title=\"Turtle (ask for it in the Accept header)\">\n")
                .append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"").append(esc(contextPath + "/id/" + rest))
                .append("\" title=\"JSON-LD (ask for it in the Accept header)\">\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<nav class=\"site\"><a href=\"").append(contextPath).append("/\">Parley</a> · <a href=\"").append(contextPath)
                .append("/catalog\">Catalog</a> · <a href=\"").append(contextPath).append("/report\">Stance report</a> · <a href=\"")
                .append(contextPath).append("/ontology\">Ontology</a> · <a href=\"").append(contextPath)
                .append("/ui/#/dataset/parley/query\">Query editor</a></nav>\n")
                .append("<p class=\"kind\">").append(esc(kind)).append("</p>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n")
                .append("<p><code>").append(esc(iri)).append("</code></p>\n</header>\n<main>\n");

        b.append("<table>\n<thead><tr><th>Property</th><th>Value</th></tr></thead>\n<tbody>\n");
        for (Triple t : rows) {
            String p = t.getPredicate().getURI();
            String name = propertyName(p, d);
            b.append("<tr><th>").append(link(p, name, contextPath));
            String q = Prefixes.qname(p);
            if (q != null && !q.equals(name)) b.append(" <small>").append(esc(q)).append("</small>");
            b.append("</th><td>").append(value(t.getObject(), d, contextPath)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");

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
        if (!outLinks.isEmpty()) {
            b.append("<h2>Elsewhere</h2>\n<ul>\n");
            for (String l : outLinks) b.append("<li>").append(l).append("</li>\n");
            b.append("</ul>\n");
        }

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

        b.append("</main>\n<footer>\n<p>Also as RDF at the same address: ask for <code>text/turtle</code>, ")
                .append("<code>application/ld+json</code>, <code>application/n-triples</code> or ")
                .append("<code>application/rdf+xml</code> in the <code>Accept</code> header, for example ")
                .append("<code>curl -H 'Accept: text/turtle' ").append(esc(iri)).append("</code>.</p>\n")
                .append("<p>Parley, a knowledge graph of negotiation positions. Data licence ")
                .append("<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.</p>\n")
                .append("</footer>\n</body>\n</html>\n");
        return b.toString();
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
    static String esc(String s) {
        return Xml.attribute(s);
    }
}
