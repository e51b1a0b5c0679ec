package org.w3id.parley.load;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.w3id.parley.InvalidArgumentException;
import org.w3id.parley.model.FieldRules;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.derive.Derivation;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The sources in a store, and their retraction. Retracting a source drops its named graph,
 * {@code https://w3id.org/parley/graph/source/{id}}, and with it every record derived from it; in
 * the same write the derived graph is recomputed from what remains (see {@code Derivation}).
 * The derived graph is never a source: it is never listed, retracted or pruned.
 *
 * <pre>{@code
 * try (Store store = TdbStore.open(Path.of("parley-db"))) {
 *     Sources.retract(store, List.of("2025-04-ceasefire-lines"));
 * }
 * }</pre>
 */
public final class Sources {
    /** Most problems listed in a refusal. */
    private static final int LISTED = 10;

    private Sources() {}

    /** IDs of the sources in the store (the slugs of its source graphs), sorted. */
    public static Set<String> inStore(Store store) {
        Set<String> out = new TreeSet<>();
        for (String g : store.graphs()) {
            String slug = Ids.sourceSlugOf(g);
            if (slug != null) out.add(slug);
        }
        return out;
    }

    /**
     * Drops the graphs of the given sources, all or nothing.
     *
     * <p>Refused, with nothing dropped, when a source is not in the store, or when another graph
     * refers to a record (an option, say) that only the retracted sources define — retract those
     * sources together, or first re-import the ones that refer to it without the reference.
     *
     * @param store the store
     * @param ids   source IDs (slugs)
     * @return the graphs dropped
     * @throws InvalidArgumentException when no ID is given or an ID is not a slug
     * @throws RetractException         when the retraction is refused
     */
    public static Set<String> retract(Store store, Collection<String> ids) {
        if (ids.isEmpty()) throw new InvalidArgumentException("no source to retract: give at least one source ID");
        Set<String> present = inStore(store);
        Set<String> graphs = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (id == null || !FieldRules.SLUG.matcher(id).matches())
                throw new InvalidArgumentException("Illegal source ID \"" + id
                        + "\": a source ID is a slug of lower-case letters, digits and single hyphens");
            if (!present.contains(id)) unknown.add(id);
            graphs.add(Ids.sourceGraph(id));
        }
        if (!unknown.isEmpty())
            throw new RetractException("unknown source" + (unknown.size() == 1 ? " " : "s ") + quoted(unknown)
                    + ": not in " + store.describe() + "; nothing was retracted. Sources in the store: "
                    + (present.isEmpty() ? "none" : quoted(first(present))));
        List<String> dangling = dangling(store, graphs, graphs, iri -> false);
        if (!dangling.isEmpty())
            throw new RetractException("cannot retract " + quoted(new ArrayList<>(new TreeSet<>(ids)))
                    + ": other graphs refer to records only they define; nothing was retracted. "
                    + String.join("; ", dangling));
        store.dropGraphs(graphs, Derivation.request());
        return graphs;
    }

    /**
     * "x is used by y in graph g" for records defined only in {@code graphs} but used elsewhere
     * (at most {@link #LISTED}), leaving out uses in the graphs {@code replaced} (a superset of
     * {@code graphs}) and the entities (IRIs) that {@code kept} accepts: those that a write
     * replacing them defines again.
     */
    static List<String> dangling(Store store, Set<String> graphs, Set<String> replaced, Predicate<String> kept) {
        List<Binding> values = new ArrayList<>();
        for (String g : graphs) values.add(BindingFactory.binding(Var.alloc("gone"), NodeFactory.createURI(g)));
        Query uses = inline(QueryRunner.resource(Sources.class, "uses"), Var.alloc("gone"), values);
        Map<String, List<String>> users = new TreeMap<>();
        store.read(c -> {
            try (QueryExecution qe = c.query(uses)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String graph = s.getResource("graph").getURI();
                    // The derived graph is recomputed in the same write: its references never dangle.
                    if (graph.equals(Ids.DERIVED_GRAPH) || replaced.contains(graph) || kept.test(s.getResource("entity").getURI())) continue;
                    users.computeIfAbsent(s.getResource("entity").getURI(), k -> new ArrayList<>())
                            .add(s.get("user") + " in " + graph);
                }
            }
            return null;
        });
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : users.entrySet()) {
            if (definedElsewhere(store, e.getKey(), replaced)) continue;
            List<String> by = e.getValue().stream().sorted().toList();
            out.add(e.getKey() + " is used by " + String.join(", ", by.subList(0, Math.min(by.size(), 3)))
                    + (by.size() > 3 ? " and " + (by.size() - 3) + " more" : ""));
            if (out.size() == LISTED) break;
        }
        return out;
    }

    private static boolean definedElsewhere(Store store, String entity, Set<String> graphs) {
        Node node = NodeFactory.createURI(entity);
        Query q = inline(QueryRunner.resource(Sources.class, "defined-in"), Var.alloc("entity"),
                List.of(BindingFactory.binding(Var.alloc("entity"), node)));
        return store.read(c -> {
            try (QueryExecution qe = c.query(q)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    String g = rs.next().getResource("graph").getURI();
                    if (!graphs.contains(g) && !g.equals(Ids.DERIVED_GRAPH)) return true;
                }
                return false;
            }
        });
    }

    /**
     * Binds {@code var} with a VALUES block inside the pattern, not after it: Virtuoso 7.2 rejects
     * a trailing VALUES block ("No column gone"). Returns a copy: the resource query is shared.
     */
    private static Query inline(Query shared, Var var, List<Binding> rows) {
        Query q = shared.cloneQuery();
        ElementData data = new ElementData();
        data.add(var);
        for (Binding b : rows) data.add(b);
        ElementGroup g = new ElementGroup();
        g.addElement(data);
        g.addElement(q.getQueryPattern());
        q.setQueryPattern(g);
        return q;
    }

    private static List<String> first(Set<String> s) {
        List<String> all = new ArrayList<>(s);
        return all.size() <= LISTED ? all : all.subList(0, LISTED);
    }

    private static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(i -> "\"" + i + "\"").toList());
    }
}
