package org.w3id.parley.dump;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON-LD 1.1 with Parley's context embedded (so reading it never needs the network). Named
 * graphs stay named: the top-level {@code @graph} holds one {@code {"@id": graph, "@graph": […]}}
 * object per graph (triples of the default graph, if any, come first as plain node objects).
 * Keys are the context's terms, else compact IRIs ({@code skos:inScheme}); a value is a bare
 * string only when the term's {@code @type} or {@code @language} says exactly what it is,
 * otherwise a full value object — so nothing depends on a reader's defaults.
 *
 * <p><b>Why not Jena's JSON-LD writer.</b> It does not stream ({@code StreamRDFWriter} registers no
 * JSON-LD format): it builds the whole document in memory, from a dataset it needs whole too.
 * Measured (Jena 5.6.0) on a TDB2 store of 69,249 quads (twenty copies of the bundled data under
 * other IRIs): {@code JSONLD11_PRETTY} of the dataset ran out of memory with {@code -Xmx80m} and
 * ran with {@code -Xmx160m}, where {@code parley dump --format jsonld} of the same store runs with
 * {@code -Xmx40m}. Its memory grows with the data — at least half a kilobyte more a quad than
 * this writer, so gigabytes for the 4.4 million input quads of scale 10, derived quads not
 * counted — while this writer holds one subject's triples beside the sort's fixed buffer. Its
 * output differs too: it compacts with the prefixes only, not Parley's context, so values are
 * full value objects ({@code "rdfs:label": {"@language": "en", "@value": …}}), in the dataset's
 * hash order rather than sorted; the bundled data's dump grew from 453,274 to 782,740 bytes.
 */
final class JsonLdWriter extends SubjectWriter {
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,17}");

    private final JsonGenerator gen;
    private final JsonLdContext ctx;

    JsonLdWriter(Writer out, JsonLdContext ctx) throws IOException {
        this.ctx = ctx;
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        this.gen = new JsonFactory(new ObjectMapper()).createGenerator(out);
        gen.setPrettyPrinter(pp);
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    void header() throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("@context");
        gen.writeTree(ctx.context());
        gen.writeArrayFieldStart("@graph");
    }

    @Override
    void beginGraph(Node graph) throws IOException {
        if (graph == null) return;
        gen.writeStartObject();
        gen.writeStringField("@id", id(graph));
        gen.writeArrayFieldStart("@graph");
    }

    @Override
    void endGraph(Node graph) throws IOException {
        if (graph == null) return;
        gen.writeEndArray();
        gen.writeEndObject();
    }

    @Override
    void subject(Node subject, List<Triple> triples) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("@id", id(subject));
        List<Node> types = new ArrayList<>();
        List<Triple> rest = new ArrayList<>();
        for (Triple t : triples) {
            if (isType(t) && t.getObject().isURI()) types.add(t.getObject());
            else rest.add(t);
        }
        if (types.size() == 1) {
            gen.writeStringField("@type", vocab(types.get(0).getURI()));
        } else if (!types.isEmpty()) {
            gen.writeArrayFieldStart("@type");
            for (Node t : types) gen.writeString(vocab(t.getURI()));
            gen.writeEndArray();
        }
        int i = 0;
        while (i < rest.size()) {
            Node p = rest.get(i).getPredicate();
            int j = i;
            while (j < rest.size() && rest.get(j).getPredicate().equals(p)) j++;
            JsonLdContext.Term term = ctx.term(p.getURI());
            gen.writeFieldName(term != null ? term.name() : compact(p.getURI()));
            if (j - i > 1) gen.writeStartArray();
            for (int k = i; k < j; k++) value(rest.get(k).getObject(), term);
            if (j - i > 1) gen.writeEndArray();
            i = j;
        }
        gen.writeEndObject();
    }

    @Override
    void footer() throws IOException {
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
    }

    private void value(Node o, JsonLdContext.Term term) throws IOException {
        String type = term == null ? null : term.type();
        String language = term == null ? null : term.language();
        if (o.isURI() || o.isBlank()) {
            if ("@id".equals(type)) {
                gen.writeString(id(o));
            } else {
                gen.writeStartObject();
                gen.writeStringField("@id", id(o));
                gen.writeEndObject();
            }
            return;
        }
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        String dt = o.getLiteralDatatypeURI();
        boolean bare = type == null && language == null;
        if (lang != null && !lang.isEmpty()) {
            if (type == null && lang.equals(language)) {
                gen.writeString(lex);
            } else {
                gen.writeStartObject();
                gen.writeStringField("@value", lex);
                gen.writeStringField("@language", lang);
                gen.writeEndObject();
            }
            return;
        }
        if (dt.equals(XSDDatatype.XSDstring.getURI())) {
            if (bare) gen.writeString(lex);
            else {
                gen.writeStartObject();
                gen.writeStringField("@value", lex);
                gen.writeEndObject();
            }
            return;
        }
        if (dt.equals(type)) {
            gen.writeString(lex);
        } else if (bare && dt.equals(XSDDatatype.XSDinteger.getURI()) && CANONICAL_INTEGER.matcher(lex).matches()) {
            gen.writeNumber(Long.parseLong(lex));
        } else if (bare && dt.equals(XSDDatatype.XSDboolean.getURI()) && (lex.equals("true") || lex.equals("false"))) {
            gen.writeBoolean(lex.equals("true"));
        } else {
            gen.writeStartObject();
            gen.writeStringField("@value", lex);
            gen.writeStringField("@type", vocab(dt));
            gen.writeEndObject();
        }
    }

    /** An IRI or blank node in an {@code @id} position: a compact IRI where possible. */
    private String id(Node n) {
        if (n.isBlank()) return TurtleWriter.blank(n);
        return compact(n.getURI());
    }

    /** An IRI in a vocabulary position ({@code @type}): a term where one exists. */
    private String vocab(String iri) {
        JsonLdContext.Term t = ctx.term(iri);
        return t != null ? t.name() : compact(iri);
    }

    /** {@code prefix:rest} for the longest namespace of the context that starts the IRI, else the IRI. */
    private String compact(String iri) {
        String best = null;
        int len = -1;
        for (Map.Entry<String, String> e : ctx.prefixes().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > len && iri.length() > ns.length()) {
                best = e.getKey();
                len = ns.length();
            }
        }
        if (best == null) return iri;
        String rest = iri.substring(len);
        return rest.startsWith("//") ? iri : best + ":" + rest;
    }
}
