package org.w3id.parley.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.w3id.parley.Bundled;
import org.w3id.parley.model.Check;
import org.w3id.parley.model.Dates;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The query catalog: every {@code queries/*.rq} with its header, by name, and the binding of
 * parameters to RDF terms. Parameters are bound as terms (substitution), never pasted into
 * query text, and each is checked: an entity must exist in the store, a date must be a date.
 */
public final class Catalog {
    private static final String NS = "https://w3id.org/parley/ontology#";
    private static final Map<String, String> POSITIONS = Map.of("supports", "Supports", "accepts-conditionally",
            "AcceptsConditionally", "open-to", "OpenTo", "ambiguous", "Ambiguous", "sceptical", "Sceptical",
            "opposes", "Opposes", "red-line", "RedLine");
    private static final Map<String, String> BASES = Map.of("on-record", "OnRecord", "named-attribution",
            "NamedAttribution", "anonymous-sources", "AnonymousSources", "analyst-assessment", "AnalystAssessment",
            "unattributed", "UnattributedReport");

    private final Map<String, CatalogQuery> queries;

    private Catalog(Map<String, CatalogQuery> queries) {
        this.queries = queries;
    }

    /** The catalog bundled in Parley. */
    public static Catalog bundled() {
        Map<String, CatalogQuery> m = new TreeMap<>();
        for (Bundled.Entry e : Bundled.list(Bundled.QUERIES, ".rq")) {
            String file = e.path().getFileName().toString();
            String name = file.substring(0, file.length() - 3);
            m.put(name, CatalogQuery.parse(name, new String(e.bytes(), StandardCharsets.UTF_8)));
        }
        return new Catalog(m);
    }

    /** The catalog in a folder of {@code .rq} files. */
    public static Catalog folder(Path dir) {
        Map<String, CatalogQuery> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                m.put(name, CatalogQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog in " + dir, e);
        }
        return new Catalog(m);
    }

    /** Every query, by name. */
    public Collection<CatalogQuery> all() {
        return queries.values();
    }

    /** The query of that name; the error lists the known names. */
    public CatalogQuery get(String name) {
        CatalogQuery q = queries.get(name);
        if (q == null) throw new UnknownQueryException("no catalog query named '" + name + "'; try 'parley query --list'");
        return q;
    }

    /** True when the catalog has a query of that name. */
    public boolean has(String name) {
        return queries.containsKey(name);
    }

    /**
     * Turns parameter values given as text into RDF terms, applying defaults and checking each.
     *
     * @param query  the catalog query
     * @param values parameter name → text value
     * @param store  the store, to check that named entities exist
     * @return variable name → term, in declaration order
     * @throws BadParameterException naming the parameter and what is wrong
     */
    public static Map<String, RDFNode> bind(CatalogQuery query, Map<String, String> values, Store store) {
        for (String name : values.keySet())
            if (query.param(name) == null)
                throw new BadParameterException("unknown parameter '" + name + "' for query " + query.name() + "; it takes "
                        + query.params().stream().map(Param::name).toList());
        Map<String, RDFNode> out = new LinkedHashMap<>();
        for (Param p : query.params()) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v == null) {
                if (p.required()) throw new BadParameterException("parameter '" + p.name() + "' (" + p.type() + ") is required");
                continue;
            }
            out.put(p.name(), term(p, v, store));
        }
        return out;
    }

    private static RDFNode term(Param p, String v, Store store) {
        String where = "parameter '" + p.name() + "' = \"" + v + "\"";
        switch (p.type()) {
            case "date" -> {
                try {
                    Check.date(v, p.name());
                } catch (IllegalArgumentException e) {
                    throw new BadParameterException(where + " is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
                }
                XSDDatatype dt = switch (Dates.xsdType(v)) {
                    case "gYear" -> XSDDatatype.XSDgYear;
                    case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
                    default -> XSDDatatype.XSDdate;
                };
                return ResourceFactory.createTypedLiteral(v, dt);
            }
            case "string" -> {
                return ResourceFactory.createStringLiteral(v);
            }
            case "integer" -> {
                if (!v.matches("-?[0-9]{1,18}")) throw new BadParameterException(where + " is not an integer");
                return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDinteger);
            }
            case "position" -> {
                String local = POSITIONS.get(v);
                if (local == null) throw new BadParameterException(where + " is not a position; use one of " + new java.util.TreeSet<>(POSITIONS.keySet()));
                return ResourceFactory.createResource(NS + local);
            }
            case "basis" -> {
                String local = BASES.get(v);
                if (local == null) throw new BadParameterException(where + " is not a reporting basis; use one of " + new java.util.TreeSet<>(BASES.keySet()));
                return ResourceFactory.createResource(NS + local);
            }
            default -> {
                String iri;
                if (v.startsWith("http://") || v.startsWith("https://")) iri = v;
                else if (Check.SLUG.matcher(v).matches()) iri = Ids.entity(p.type(), v);
                else throw new BadParameterException(where + " is neither a " + p.type() + " ID (a slug such as 'crimea') nor an IRI");
                if (store != null && !exists(store, iri))
                    throw new BadParameterException(where + ": no " + p.type() + " " + iri + " in " + store.describe());
                return ResourceFactory.createResource(iri);
            }
        }
    }

    /** Whether the store has any triple about {@code iri}; the IRI is bound, not pasted. */
    private static boolean exists(Store store, String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(c -> {
            try (QueryExecution qe = c.newQuery().query("ASK { ?s ?p ?o }")
                    .substitution("s", ResourceFactory.createResource(n.getURI())).build()) {
                return qe.execAsk();
            }
        });
    }
}
