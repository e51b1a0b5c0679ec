package org.w3id.parley.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.parley.Bundled;
import org.w3id.parley.model.FieldRules;
import org.w3id.parley.model.Code;
import org.w3id.parley.model.Dates;
import org.w3id.parley.model.Position;
import org.w3id.parley.model.ReportingBasis;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Mapper;
import org.w3id.parley.rdf.PARLEY;
import org.w3id.parley.store.Store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The query catalog: every {@code queries/*.rq} with its header, by name, and the binding of
 * parameters to RDF terms. Parameters are bound as terms (substitution), never pasted into
 * query text, and each is checked: an entity must exist in the store, a date must be a date.
 */
public final class Catalog {

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

    /**
     * The catalog in a folder of {@code .rq} files.
     *
     * @throws InvalidQueryException naming the folder or file that cannot be read, or the file
     *                               whose header is malformed
     */
    public static Catalog folder(Path dir) {
        Map<String, CatalogQuery> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                String text;
                try {
                    text = Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new InvalidQueryException(name, p, "cannot read " + p + ": " + e, e);
                }
                try {
                    m.put(name, CatalogQuery.parse(name, text));
                } catch (IllegalArgumentException e) {
                    throw new InvalidQueryException(name, p, "catalog " + dir + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new InvalidQueryException(null, dir, "cannot read the catalog in " + dir + ": " + e, e);
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
                throw new BadParameterException("unknown parameter '" + name + "' for query " + query.name() + "; "
                        + (query.params().isEmpty() ? "it takes no parameters"
                        : "it takes " + String.join(", ", query.params().stream().map(Param::name).toList())));
        Map<String, RDFNode> out = new LinkedHashMap<>();
        for (Param p : query.params()) {
            String v = values.getOrDefault(p.name(), p.defaultValue());
            if (v == null) {
                if (p.required())
                    throw new BadParameterException("parameter '" + p.name() + "' (" + p.type() + ") is required by query "
                            + query.name() + ": give " + p.name() + "=VALUE");
                continue;
            }
            out.put(p.name(), term(p, v, store));
        }
        window(query, values);
        return out;
    }

    /**
     * Two date parameters named {@code from} and {@code to} bound a window "after from, on or
     * before to", partial dates counting from their last day: from must end before to ends, or
     * the window is empty and the query would answer nothing for a reason the user cannot see.
     */
    private static void window(CatalogQuery query, Map<String, String> values) {
        Param from = query.param("from"), to = query.param("to");
        if (from == null || to == null || !from.type().equals("date") || !to.type().equals("date")) return;
        String f = values.getOrDefault("from", from.defaultValue()), t = values.getOrDefault("to", to.defaultValue());
        if (f == null || t == null) return;
        if (!Dates.end(f).isBefore(Dates.end(t)))
            throw new BadParameterException("parameter 'from' = \"" + f + "\" is not before parameter 'to' = \"" + t
                    + "\": the window (after from, on or before to) is empty; give a from that ends before to");
    }

    /**
     * Binds parameters of a query without a catalog header: any variable the query mentions may be
     * given. A value is read as an RDF term in SPARQL syntax with the query's prefixes (and rdf, rdfs, xsd, owl)
     * ({@code <https://…>}, {@code parley:Supports}, {@code "2025-04-30"^^xsd:date}, {@code 42},
     * {@code "text"@en}); a bare absolute IRI ({@code https://…}, {@code http://…}, {@code urn:…})
     * is an IRI; anything else is a plain string literal. The term is substituted, never pasted.
     *
     * @throws BadParameterException naming a parameter that is no variable of the query
     */
    public static Map<String, RDFNode> bindTerms(Query query, Map<String, String> values) {
        Set<String> vars = new TreeSet<>();
        for (var v : OpVars.mentionedVars(Algebra.compile(query)))
            vars.add(v.getVarName());
        query.getProjectVars().forEach(v -> vars.add(v.getVarName()));
        Map<String, RDFNode> out = new LinkedHashMap<>();
        Model m = ModelFactory.createDefaultModel();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!vars.contains(e.getKey()))
                throw new BadParameterException("unknown parameter '" + e.getKey() + "': the query has no variable ?" + e.getKey()
                        + (vars.isEmpty() ? "" : "; its variables are " + String.join(", ", vars)));
            out.put(e.getKey(), m.asRDFNode(termOf(e.getValue(), query.getPrefixMapping())));
        }
        return out;
    }

    private static Node termOf(String v, PrefixMapping prefixes) {
        if (v.matches("(?i)(https?|urn):[^\\s<>\"{}|\\\\^`]+")) return NodeFactory.createURI(v);
        try {
            PrefixMapping pm = PrefixMapping.Factory.create()
                    .setNsPrefixes(PrefixMapping.Standard).setNsPrefixes(prefixes);
            Node n = NodeFactoryExtra.parseNode(v, PrefixMapFactory.create(pm));
            if (n.isConcrete()) return n;
        } catch (RuntimeException notATerm) {
            // Not a term in SPARQL syntax: the value is text.
        }
        return NodeFactory.createLiteralString(v);
    }

    private static RDFNode term(Param p, String v, Store store) {
        String where = "parameter '" + p.name() + "' = \"" + v + "\"";
        if (!p.values().isEmpty()) {
            if (!p.values().contains(v))
                throw new BadParameterException(where + " is not allowed; use one of " + String.join(", ", p.values()));
            return ResourceFactory.createStringLiteral(v);
        }
        switch (p.type()) {
            case "date" -> {
                try {
                    FieldRules.date(v, p.name());
                } catch (IllegalArgumentException e) {
                    throw new BadParameterException(where + " is not a date: use YYYY-MM-DD, YYYY-MM or YYYY");
                }
                return ResourceFactory.createTypedLiteral(v, Mapper.dateType(v));
            }
            case "string" -> {
                return ResourceFactory.createStringLiteral(v);
            }
            case "eventcode" -> {
                if (store != null) checkEventCode(store, v, where);
                return ResourceFactory.createStringLiteral(v);
            }
            case "integer" -> {
                if (!v.matches("-?[0-9]{1,18}")) throw new BadParameterException(where + " is not an integer");
                return ResourceFactory.createTypedLiteral(v, XSDDatatype.XSDinteger);
            }
            case "position" -> {
                return codeTerm(Position.class, v, where + " is not a position");
            }
            case "basis" -> {
                return codeTerm(ReportingBasis.class, v, where + " is not a reporting basis");
            }
            default -> {
                String iri = entityIri(p, v, where);
                if (store != null) checkEntity(store, p, iri, where);
                return ResourceFactory.createResource(iri);
            }
        }
    }

    /** The ontology term of a code of a list; the error names the codes, sorted. */
    private static <E extends Enum<E> & Code> RDFNode codeTerm(Class<E> list, String code, String notOne) {
        if (!Code.codes(list).contains(code))
            throw new BadParameterException(notOne + "; use one of " + new TreeSet<>(Code.codes(list)));
        return ResourceFactory.createResource(Code.of(list, code).term());
    }

    /**
     * The IRI an entity parameter's value names: a full IRI, {@code kind/slug} with a kind the
     * parameter's type accepts, or a bare slug (not for {@code target}, which spans three kinds).
     */
    private static String entityIri(Param p, String v, String where) {
        List<String> kinds = Param.KINDS.get(p.type());
        if (v.startsWith("http://") || v.startsWith("https://")) return v;
        int slash = v.indexOf('/');
        if (slash > 0) {
            String kind = v.substring(0, slash), slug = v.substring(slash + 1);
            if (!FieldRules.SLUG.matcher(slug).matches() || !kind.matches("[a-z]+"))
                throw new BadParameterException(where + " is not a reference: use kind/slug, such as " + example(p));
            if (!kinds.contains(kind))
                throw new BadParameterException(where + " names a " + kind + ", but the parameter takes "
                        + String.join(" or ", kinds.stream().map(k -> "a " + k).toList()));
            return Ids.entity(kind, slug);
        }
        if (kinds.size() > 1 && !p.type().equals("place"))
            throw new BadParameterException(where + " needs its kind: use kind/slug, such as " + example(p));
        if (!FieldRules.SLUG.matcher(v).matches())
            throw new BadParameterException(where + " is not a " + p.type() + " ID: use a slug of lower-case letters, digits and single hyphens (such as "
                    + example(p) + "), kind/slug or an IRI");
        return Ids.entity(kinds.get(0), v);
    }

    private static String example(Param p) {
        return switch (p.type()) {
            case "target" -> "provision/us-crimea-control";
            case "party" -> "ukraine";
            case "region", "place" -> "crimea";
            default -> p.type() + "/some-id";
        };
    }

    /** The entity must exist in the store with a class its type allows; the IRI is bound, not pasted. */
    private static void checkEntity(Store store, Param p, String iri, String where) {
        List<String> classes = Param.CLASSES.get(p.type());
        boolean typed = store.read(c -> {
            try (QueryExecution qe = c.newQuery().query(QueryRunner.resource(Catalog.class, "entity-classes"))
                    .substitution("s", ResourceFactory.createResource(iri)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    RDFNode type = rs.next().get("class");
                    String uri = type.isURIResource() ? type.asResource().getURI() : "";
                    if (uri.startsWith(PARLEY.NS) && classes.contains(uri.substring(PARLEY.NS.length()))) return true;
                }
                return false;
            }
        });
        if (typed) return;
        if (exists(store, iri))
            throw new BadParameterException(where + ": " + iri + " is not a " + p.type() + " (it is not typed "
                    + String.join(" or ", classes.stream().map(c -> "parley:" + c).toList()) + ")");
        throw new BadParameterException(where + ": no " + p.type() + " " + iri + " in " + store.describe());
    }

    /** The CAMEO and PLOVER codes the store's alignments hold, for an {@code eventcode} parameter. */
    private static void checkEventCode(Store store, String code, String where) {
        List<String> codes = store.read(c -> {
            List<String> found = new ArrayList<>();
            try (QueryExecution qe = c.query(QueryRunner.resource(Catalog.class, "alignment-codes"))) {
                qe.execSelect().forEachRemaining(r -> found.add(r.get("code").asLiteral().getLexicalForm()));
            }
            return found;
        });
        if (!codes.contains(code))
            throw new BadParameterException(where + " is not a CAMEO code or PLOVER category of Parley's alignments; use one of "
                    + String.join(", ", codes));
    }

    /** Whether the store has any triple about {@code iri}; the IRI is bound, not pasted. */
    private static boolean exists(Store store, String iri) {
        Node n = NodeFactory.createURI(iri);
        return store.read(c -> {
            try (QueryExecution qe = c.newQuery().query(QueryRunner.resource(Catalog.class, "mentions"))
                    .substitution("s", ResourceFactory.createResource(n.getURI())).build()) {
                return qe.execAsk();
            }
        });
    }
}
