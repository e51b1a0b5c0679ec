package org.w3id.parley.ld;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What Parley says about one entity, read from the union of the graphs in one read
 * transaction: every triple with the entity as subject, plus the labels ({@code rdfs:label},
 * {@code skos:prefLabel}) of the IRIs it points to, so a reader can show names without another
 * request. Incoming links are not part of the RDF description (a party is the object of
 * thousands of stances); the HTML page lists the first {@link #MAX_INCOMING} of them.
 *
 * @param entity   the entity
 * @param graph    the description: its triples and the labels of its objects
 * @param incoming triples pointing at the entity (at most {@link #MAX_INCOMING})
 * @param moreIncoming whether more incoming triples exist than were kept
 * @param labels   IRI → label, for every IRI in the description and the incoming triples (English preferred)
 */
record EntityDescription(Node entity, Graph graph, List<Triple> incoming, boolean moreIncoming, Map<String, String> labels) {
    /** The most incoming links an HTML page lists. */
    static final int MAX_INCOMING = 500;

    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode());

    /** The description of {@code iri}, or null when the store says nothing about it as a subject. */
    static EntityDescription read(DatasetGraph dsg, String iri) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            Node e = NodeFactory.createURI(iri);
            if (!union.contains(e, Node.ANY, Node.ANY)) return null;
            Graph g = GraphFactory.createDefaultGraph();
            union.find(e, Node.ANY, Node.ANY).forEach(g::add);
            Map<String, String> labels = new TreeMap<>();
            for (Triple t : g.find().toList()) {
                label(union, t.getPredicate(), labels);
                Node o = t.getObject();
                if (o.isURI() && !o.equals(e)) {
                    for (Node p : LABELS) union.find(o, p, Node.ANY).forEach(g::add);
                    label(union, o, labels);
                }
            }
            label(union, e, labels);
            List<Triple> incoming = new ArrayList<>();
            boolean more = false;
            ExtendedIterator<Triple> in = union.find(Node.ANY, Node.ANY, e);
            try {
                while (in.hasNext()) {
                    Triple t = in.next();
                    if (incoming.size() == MAX_INCOMING) {
                        more = true;
                        break;
                    }
                    incoming.add(t);
                    label(union, t.getSubject(), labels);
                    label(union, t.getPredicate(), labels);
                }
            } finally {
                in.close();
            }
            incoming.sort((a, b) -> (a.getPredicate().getURI() + " " + a.getSubject())
                    .compareTo(b.getPredicate().getURI() + " " + b.getSubject()));
            return new EntityDescription(e, g, List.copyOf(incoming), more, Map.copyOf(labels));
        });
    }

    /** Records the best label of an IRI (see {@link org.w3id.parley.rdf.Labels#best}), if it has one. */
    static void label(Graph union, Node n, Map<String, String> labels) {
        if (!n.isURI() || labels.containsKey(n.getURI())) return;
        String best = org.w3id.parley.rdf.Labels.best(union, n);
        if (best != null) labels.put(n.getURI(), best);
    }
}
