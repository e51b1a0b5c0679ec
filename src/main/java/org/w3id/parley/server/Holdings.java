package org.w3id.parley.server;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.rdf.PARLEY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the served dataset holds, for the home page, and the label search, both read from the
 * store through Jena's graph API in one read transaction (no query text is built, so a search
 * term is only ever compared with labels, never parsed).
 *
 * @param quads        quads in the named graphs
 * @param graphs       the named graphs, sorted
 * @param sources      {@code parley:Source} instances
 * @param entitiesByKind entity kind ({@code region}, {@code party}, …) → entities with an {@code rdf:type}
 *                     under {@code https://w3id.org/parley/id/{kind}/…}
 * @param newestSource the latest publication date of a source ({@code dcterms:issued}, else
 *                     {@code parley:publishedNotAfter}), {@code yyyy-mm-dd}, or null
 * @param listed       kind → its entities (at most {@link #LISTED} each) for the kinds the page lists, by label
 */
record Holdings(long quads, List<String> graphs, long sources, SortedMap<String, Long> entitiesByKind, String newestSource,
                Map<String, List<Entity>> listed) {

    /** The kinds of entity the home page lists by name. */
    static final List<String> LISTED_KINDS = List.of("region", "party", "issue");
    /** The most entities the home page lists of one kind. */
    static final int LISTED = 200;
    /** The most matches a search lists. */
    static final int MAX_MATCHES = 200;
    /** The longest search term. */
    static final int MAX_TERM = 200;

    /** The label predicates a search looks at. */
    static final List<Node> SEARCHED = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

    /** An entity, its path under {@code /id/} ({@code region/crimea}) and its label. */
    record Entity(String iri, String path, String label) {
        static Entity of(String iri, String label) {
            return new Entity(iri, iri.substring(Ids.ID_BASE.length()), label == null ? iri.substring(Ids.ID_BASE.length()) : label);
        }

        String kind() {
            return path.substring(0, path.indexOf('/'));
        }
    }

    /** Reads the holdings of a dataset whose default graph is the union of its named graphs. */
    static Holdings read(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long quads = 0;
            var it = dsg.find();
            try {
                while (it.hasNext()) {
                    it.next();
                    quads++;
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
            List<String> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI()) graphs.add(g.getURI());
            });
            graphs.sort(null);
            Graph union = dsg.getUnionGraph();
            Set<Node> sources = new HashSet<>();
            union.find(Node.ANY, RDF.type.asNode(), PARLEY.Source.asNode()).forEach(t -> sources.add(t.getSubject()));
            String newest = null;
            for (Node p : List.of(DCTerms.issued.asNode(), PARLEY.publishedNotAfter.asNode()))
                for (Triple t : union.find(Node.ANY, p, Node.ANY).toList()) {
                    Node o = t.getObject();
                    if (!sources.contains(t.getSubject()) || !o.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(o.getLiteralDatatypeURI()))
                        continue;
                    String d = o.getLiteralLexicalForm();
                    if (d.matches("\\d{4}-\\d{2}-\\d{2}") && (newest == null || d.compareTo(newest) > 0)) newest = d;
                }
            Set<Node> typed = new HashSet<>();
            union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(Ids.ID_BASE) && s.getURI().indexOf('/', Ids.ID_BASE.length()) > 0) typed.add(s);
            });
            SortedMap<String, Long> byKind = new TreeMap<>();
            Map<String, List<Entity>> listed = new HashMap<>();
            for (Node s : typed) {
                Entity e = Entity.of(s.getURI(), null);
                byKind.merge(e.kind(), 1L, Long::sum);
                if (LISTED_KINDS.contains(e.kind())) listed.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            }
            Map<String, List<Entity>> named = new TreeMap<>();
            listed.forEach((kind, list) -> {
                List<Entity> withLabels = new ArrayList<>();
                for (Entity e : list) withLabels.add(Entity.of(e.iri(), label(union, e.iri())));
                withLabels.sort(Comparator.comparing((Entity e) -> e.label().toLowerCase(Locale.ROOT)).thenComparing(Entity::path));
                named.put(kind, List.copyOf(withLabels.subList(0, Math.min(LISTED, withLabels.size()))));
            });
            return new Holdings(quads, List.copyOf(graphs), sources.size(), byKind, newest, Map.copyOf(named));
        });
    }

    /**
     * The entities (IRIs under {@code https://w3id.org/parley/id/}) with an {@code rdfs:label},
     * {@code skos:prefLabel} or {@code skos:altLabel} that contains {@code term}, ignoring case:
     * those whose label is the term itself first, then by label; at most {@link #MAX_MATCHES}.
     *
     * @return the matches, and whether a label equals the term (ignoring case) for exactly the first one
     */
    static Matches search(DatasetGraph dsg, String term) {
        String needle = term.strip().toLowerCase(Locale.ROOT);
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Map<String, String> shown = new TreeMap<>();
            Set<String> exact = new TreeSet<>();
            for (Node p : SEARCHED)
                union.find(Node.ANY, p, Node.ANY).forEach(t -> {
                    Node s = t.getSubject(), o = t.getObject();
                    if (!s.isURI() || !s.getURI().startsWith(Ids.ID_BASE) || !o.isLiteral()) return;
                    String text = o.getLiteralLexicalForm();
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (!lower.contains(needle)) return;
                    if (lower.equals(needle)) exact.add(s.getURI());
                    shown.putIfAbsent(s.getURI(), null);
                });
            List<Entity> all = new ArrayList<>();
            for (String iri : shown.keySet()) all.add(Entity.of(iri, label(union, iri)));
            all.sort(Comparator.comparing((Entity e) -> exact.contains(e.iri()) ? 0 : 1)
                    .thenComparing(e -> e.label().toLowerCase(Locale.ROOT)).thenComparing(Entity::path));
            return new Matches(List.copyOf(all.subList(0, Math.min(MAX_MATCHES, all.size()))), all.size(), exact.size());
        });
    }

    /**
     * The result of a search.
     *
     * @param entities the matches listed, those labelled exactly with the term first
     * @param total    all matches, listed or not
     * @param exact    matches with a label equal to the term (ignoring case)
     */
    record Matches(List<Entity> entities, int total, int exact) {
        /** The one entity a search leads to directly: the only match, or the only exact one. */
        Entity only() {
            if (total == 1) return entities.get(0);
            if (exact == 1) return entities.get(0);
            return null;
        }
    }

    /** The label an entity page shows for {@code iri}, or null. */
    private static String label(Graph union, String iri) {
        return Labels.best(union, org.apache.jena.graph.NodeFactory.createURI(iri));
    }
}
