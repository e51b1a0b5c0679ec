package org.w3id.parley.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * RDF/XML, one {@code rdf:Description} per subject with full IRIs in {@code rdf:about} and
 * {@code rdf:resource}. Property elements use the fixed prefixes; a property outside them gets
 * a namespace declared on its own element. RDF/XML cannot write a property IRI that does not end
 * in an XML name, nor text with characters XML 1.0 forbids: both fail with a message.
 *
 * <p><b>Why not Jena's RDF/XML writer.</b> It does not stream ({@code StreamRDFWriter} registers no
 * RDF/XML format): it writes a graph in the graph's own order, so it cannot take the sorted
 * stream. Measured (Jena 5.6.0): {@code RDFXML_PLAIN} of a TDB2 store's union graph of 69,249
 * quads ran in {@code -Xmx40m}, as this writer does, so memory is no reason; the bytes are. On
 * the bundled data its subjects came in the in-memory graph's order ({@code parley:proposedOn}
 * first, not the sorted {@code assessment/…}) and its namespaces in the order of Jena's prefix
 * mapping, without the header comment (595,617 bytes against 596,856); the order is the
 * store's, and the promise is that it depends on the data only.
 */
final class RdfXmlWriter extends SubjectWriter {
    private final Writer out;
    private final List<String> comments;

    RdfXmlWriter(Writer out, List<String> comments) {
        this.out = out;
        this.comments = comments;
    }

    @Override
    void header() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (!comments.isEmpty()) {
            out.write("<!--\n");
            for (String c : comments) out.write("  " + c.replace("--", "- -") + "\n");
            out.write("-->\n");
        }
        out.write("<rdf:RDF");
        for (Map.Entry<String, String> e : Prefixes.MAP.entrySet())
            out.write("\n    xmlns:" + e.getKey() + "=\"" + attr(e.getValue()) + "\"");
        out.write(">\n");
    }

    @Override
    void beginGraph(Node graph) {
        // RDF/XML has no graphs: the caller passes the union.
    }

    @Override
    void endGraph(Node graph) {
        // nothing to close
    }

    @Override
    void subject(Node subject, List<Triple> triples) throws IOException {
        StringBuilder b = new StringBuilder("\n  <rdf:Description ").append(resourceAttr("rdf:about", subject)).append(">\n");
        for (Triple t : typesFirst(triples)) {
            String p = t.getPredicate().getURI();
            String qname = Prefixes.qname(p);
            String element, nsDecl = "";
            if (qname != null) {
                element = qname;
            } else {
                int split = splitPoint(p);
                element = "ns0:" + p.substring(split);
                nsDecl = " xmlns:ns0=\"" + attr(p.substring(0, split)) + "\"";
            }
            Node o = t.getObject();
            b.append("    <").append(element).append(nsDecl);
            if (o.isURI() || o.isBlank()) {
                b.append(' ').append(resourceAttr(o.isURI() ? "rdf:resource" : "rdf:nodeID", o)).append("/>\n");
                continue;
            }
            String lang = o.getLiteralLanguage();
            String dt = o.getLiteralDatatypeURI();
            if (lang != null && !lang.isEmpty()) b.append(" xml:lang=\"").append(attr(lang)).append('"');
            else if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI())) b.append(" rdf:datatype=\"").append(attr(dt)).append('"');
            b.append('>').append(text(o.getLiteralLexicalForm())).append("</").append(element).append(">\n");
        }
        b.append("  </rdf:Description>\n");
        out.write(b.toString());
    }

    @Override
    void footer() throws IOException {
        out.write("\n</rdf:RDF>\n");
        out.flush();
    }

    private static String resourceAttr(String name, Node n) {
        if (n.isBlank()) {
            String label = TurtleWriter.blank(n).substring(2);
            return (name.equals("rdf:about") ? "rdf:nodeID" : name) + "=\"" + label + "\"";
        }
        return name + "=\"" + attr(n.getURI()) + "\"";
    }

    /** Where a property IRI splits into namespace and an XML name (the longest name suffix). */
    private static int splitPoint(String iri) {
        int i = iri.length();
        while (i > 0 && isNameChar(iri.charAt(i - 1))) i--;
        while (i < iri.length() && !isNameStart(iri.charAt(i))) i++;
        if (i >= iri.length())
            throw new IllegalArgumentException("Illegal property=<" + iri + ">: RDF/XML needs a property IRI ending in an XML name");
        return i;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static String text(String s) {
        return Xml.text(s);
    }

    private static String attr(String s) {
        return Xml.attribute(s);
    }
}
