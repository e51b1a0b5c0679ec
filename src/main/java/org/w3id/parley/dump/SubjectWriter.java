package org.w3id.parley.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Base of the grouped writers (Turtle, TriG, JSON-LD, RDF/XML). It reads quads sorted by
 * graph, subject, predicate and object and hands them over one subject at a time: the triples
 * of one subject in one graph are the only thing held in memory.
 */
abstract class SubjectWriter {
    /** Writes everything before the first graph. */
    abstract void header() throws IOException;

    /** Starts a graph; {@code graph} is null for the default graph. */
    abstract void beginGraph(Node graph) throws IOException;

    /** Ends the graph begun last. */
    abstract void endGraph(Node graph) throws IOException;

    /** Writes one subject's triples (in one graph), sorted by predicate and object. */
    abstract void subject(Node subject, List<Triple> triples) throws IOException;

    /** Writes everything after the last graph and flushes. */
    abstract void footer() throws IOException;

    /** Writes the quads, which must be sorted so that each graph's, and each subject's, are contiguous. */
    final void write(Iterator<Quad> quads) throws IOException {
        header();
        boolean open = false;
        Node graph = null, subject = null;
        List<Triple> block = new ArrayList<>();
        while (quads.hasNext()) {
            Quad q = quads.next();
            Node g = Quad.isDefaultGraph(q.getGraph()) ? null : q.getGraph();
            if (!open || !Objects.equals(g, graph)) {
                if (!block.isEmpty()) subject(subject, block);
                block = new ArrayList<>();
                if (open) endGraph(graph);
                beginGraph(g);
                open = true;
                graph = g;
                subject = null;
            }
            if (!q.getSubject().equals(subject)) {
                if (!block.isEmpty()) subject(subject, block);
                block = new ArrayList<>();
                subject = q.getSubject();
            }
            block.add(q.asTriple());
        }
        if (!block.isEmpty()) subject(subject, block);
        if (open) endGraph(graph);
        footer();
    }

    /** The triples of a block with rdf:type first, otherwise in their order. */
    static List<Triple> typesFirst(List<Triple> triples) {
        List<Triple> out = new ArrayList<>(triples.size());
        for (Triple t : triples) if (isType(t)) out.add(t);
        for (Triple t : triples) if (!isType(t)) out.add(t);
        return out;
    }

    static boolean isType(Triple t) {
        return t.getPredicate().getURI().equals(org.apache.jena.vocabulary.RDF.type.getURI());
    }
}
