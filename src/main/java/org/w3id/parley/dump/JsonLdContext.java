package org.w3id.parley.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.w3id.parley.Bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parley's JSON-LD context ({@code ontology/context.jsonld}, bundled in the jar) and the
 * compaction rules the JSON-LD writer derives from it: which key names a property, and when a
 * value may be written as a bare string because the term's {@code @type} or {@code @language}
 * says what it is.
 */
public final class JsonLdContext {
    /** The bundled resource. */
    public static final String RESOURCE = Bundled.ONTOLOGY + "/context.jsonld";

    /**
     * A term of the context.
     *
     * @param name     the key
     * @param iri      the full IRI it stands for
     * @param type     full datatype IRI, {@code @id}, or null
     * @param language default language of its string values, or null
     */
    public record Term(String name, String iri, String type, String language) {}

    private static volatile JsonLdContext bundled;

    private final ObjectNode context;
    private final Map<String, String> prefixes;
    private final Map<String, Term> byIri;

    private JsonLdContext(ObjectNode context) {
        this.context = context;
        Map<String, String> px = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isTextual() && !e.getKey().startsWith("@")) {
                String v = e.getValue().asText();
                if (v.endsWith("/") || v.endsWith("#")) px.put(e.getKey(), v);
            }
        }
        this.prefixes = Collections.unmodifiableMap(px);
        Map<String, Term> terms = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = context.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode def = e.getValue();
            if (name.startsWith("@") || px.containsKey(name)) continue;
            Term t;
            if (def.isTextual()) {
                t = new Term(name, expand(def.asText()), null, null);
            } else if (def.isObject() && def.has("@id")) {
                String type = def.has("@type") ? def.get("@type").asText() : null;
                if (type != null && !type.equals("@id")) type = expand(type);
                t = new Term(name, expand(def.get("@id").asText()), type, def.has("@language") ? def.get("@language").asText() : null);
            } else {
                throw new IllegalStateException("Illegal term " + name + " in " + RESOURCE + ": give an IRI or an object with @id");
            }
            terms.putIfAbsent(t.iri(), t);
        }
        this.byIri = Collections.unmodifiableMap(terms);
    }

    /** The bundled context, read on first use. */
    public static JsonLdContext bundled() {
        JsonLdContext c = bundled;
        if (c == null) {
            synchronized (JsonLdContext.class) {
                if (bundled == null) bundled = read();
                c = bundled;
            }
        }
        return c;
    }

    private static JsonLdContext read() {
        try (InputStream in = Bundled.open(RESOURCE)) {
            JsonNode doc = new ObjectMapper().readTree(in);
            if (!(doc.get("@context") instanceof ObjectNode ctx))
                throw new IllegalStateException(RESOURCE + " has no @context object");
            return new JsonLdContext(ctx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The {@code @context} object, to embed in documents (callers must not change it). */
    public ObjectNode context() {
        return context;
    }

    /** The prefixes the context declares (terms whose IRI ends with '/' or '#'). */
    public Map<String, String> prefixes() {
        return prefixes;
    }

    /** The term for a full IRI, or null. */
    public Term term(String iri) {
        return byIri.get(iri);
    }

    /** Every term but the prefixes, by IRI. */
    public Map<String, Term> terms() {
        return byIri;
    }

    private String expand(String value) {
        int colon = value.indexOf(':');
        if (colon > 0) {
            String ns = prefixes.get(value.substring(0, colon));
            if (ns != null) return ns + value.substring(colon + 1);
        }
        return value;
    }
}
