package org.w3id.parley.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.core.Quad;

import java.util.ArrayList;
import java.util.List;

/**
 * Quads as sortable text lines. A key is the N-Triples form of the terms, graph first:
 * {@code G <TAB> S P O}, with an empty G for the default graph; a triple key is just
 * {@code S P O}. N-Triples escapes line breaks and tabs inside terms, so a key is one line and
 * the tab only separates the graph. Since every term is self-delimiting, the keys of one graph,
 * and within it of one subject, are contiguous in sorted order — which is what grouping by
 * graph and subject needs.
 */
final class QuadLines {
    private QuadLines() {}

    /** The key of a triple. */
    static String tripleKey(Node s, Node p, Node o) {
        String key = NodeFmtLib.strNT(s) + " " + NodeFmtLib.strNT(p) + " " + NodeFmtLib.strNT(o);
        if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0)
            throw new IllegalStateException("term with an unescaped tab or line break: " + key);
        return key;
    }

    /** The key of a quad (graph first). */
    static String quadKey(Quad q) {
        Node g = q.getGraph();
        String graph = g == null || Quad.isDefaultGraph(g) ? "" : NodeFmtLib.strNT(g);
        return graph + "\t" + tripleKey(q.getSubject(), q.getPredicate(), q.getObject());
    }

    /** The N-Triples line (without the newline) of a triple key. */
    static String nTriples(String tripleKey) {
        return tripleKey + " .";
    }

    /** The N-Quads line (without the newline) of a quad key. */
    static String nQuads(String quadKey) {
        int tab = quadKey.indexOf('\t');
        String graph = quadKey.substring(0, tab);
        String triple = quadKey.substring(tab + 1);
        return graph.isEmpty() ? triple + " ." : triple + " " + graph + " .";
    }

    /** The quad of a key: a quad key, or a triple key (read as in the default graph). */
    static Quad parse(String key) {
        List<Node> nodes = new ArrayList<>(4);
        Tokenizer t = TokenizerText.fromString(key);
        try {
            while (t.hasNext()) {
                Token tok = t.next();
                nodes.add(tok.asNode());
            }
        } finally {
            t.close();
        }
        boolean hasGraph = key.indexOf('\t') > 0;
        int expected = hasGraph ? 4 : 3;
        if (nodes.size() != expected || nodes.contains(null))
            throw new IllegalStateException("not a sort key: " + key);
        return hasGraph ? Quad.create(nodes.get(0), nodes.get(1), nodes.get(2), nodes.get(3))
                : Quad.create(Quad.defaultGraphIRI, nodes.get(0), nodes.get(1), nodes.get(2));
    }
}
