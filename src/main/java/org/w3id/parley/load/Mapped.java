package org.w3id.parley.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.rdf.Mapper;
import org.w3id.parley.rdf.Origin;

import java.util.HashMap;
import java.util.Map;

/**
 * A file mapped to RDF: its triples (all in {@link Unit#graph}) and where each entity came from.
 * A graph holds each triple once, though a record can state one twice (a label that is also its
 * text), so the quads written are the quads the store counts.
 *
 * @param graph   the triples
 * @param origins file, line, column and JSON pointer of each entity, for located violations;
 *                empty when not asked for
 */
record Mapped(Graph graph, Map<Node, Origin> origins) {
    /**
     * Reads a file again (checking its digest) and maps it.
     *
     * @param locate whether to record the origins, which only validation needs
     */
    static Mapped of(Unit u, InputReader reader, Labels labels, boolean locate) {
        InputFile f = u.reread(reader);
        Graph g = GraphFactory.createGraphMem();
        Map<Node, Origin> origins = new HashMap<>();
        Mapper.map(f.document(), q -> g.add(q.asTriple()), (node, pointer) -> {
            if (!locate) return;
            int[] at = f.index().locate(pointer);
            origins.putIfAbsent(node, new Origin(f.name(), pointer, at[0], at[1]));
        }, labels);
        return new Mapped(g, origins);
    }
}
