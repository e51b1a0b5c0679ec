package org.w3id.parley.dump;

import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one prefix map of every Parley output: dumps, linked-data pages and the JSON-LD context
 * ({@code ontology/context.jsonld} declares the same prefixes; a test keeps them equal). It is
 * fixed, not derived from the data, so that outputs stay byte-stable as the data grows.
 */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix → namespace, in the order outputs declare them. */
    public static final Map<String, String> MAP;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("parley", PARLEY.NS);
        // Not "id": JSON-LD contexts commonly alias "id" to "@id", and a prefix of that name
        // in Parley's context would clash with them when the two are combined.
        m.put("pid", Ids.ID_BASE);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("geo", "http://www.opengis.net/ont/geosparql#");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        m.put("schema", "https://schema.org/");
        m.put("wd", Ids.WIKIDATA);
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("spdx", "http://spdx.org/rdf/terms#");
        m.put("vann", "http://purl.org/vocab/vann/");
        MAP = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Local names written as {@code prefix:local}: a deliberately small subset of Turtle's
     * PN_LOCAL and XML's NCName (letters, digits, '_' and '-', not starting with a digit or
     * '-'), so that every parser, old or new, reads them the same way.
     */
    private static final Pattern SAFE_LOCAL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    /** The prefix whose namespace is the longest start of {@code iri}, or null. */
    public static String prefixOf(String iri) {
        String best = null;
        int len = -1;
        for (Map.Entry<String, String> e : MAP.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > len) {
                best = e.getKey();
                len = ns.length();
            }
        }
        return best;
    }

    /**
     * {@code prefix:local} when {@code iri} is in a known namespace and its local part is a
     * safe name (see above); otherwise null. Usable in Turtle, TriG, RDF/XML element names,
     * JSON-LD and SPARQL alike.
     */
    public static String qname(String iri) {
        String p = prefixOf(iri);
        if (p == null) return null;
        String local = iri.substring(MAP.get(p).length());
        return SAFE_LOCAL.matcher(local).matches() ? p + ":" + local : null;
    }

    /** Whether {@code local} is a local name {@link #qname} would write. */
    static boolean isSafeLocal(String local) {
        return SAFE_LOCAL.matcher(local).matches();
    }
}
