package org.w3id.parley.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.w3id.parley.json.Problem;
import org.w3id.parley.rdf.Origin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates mapped data against the SHACL shapes and reports each violation as a {@link Problem}
 * located at the record that produced the offending node. It runs after the input's own checks
 * ({@link org.w3id.parley.model.FieldRules} in each record, {@link org.w3id.parley.json.CrossRecordRules}
 * across records and files), on the graph they map to.
 */
public final class ShapeValidator {
    private final Shapes shapes;

    /** A check against the given shapes graph. */
    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    private static volatile ShapeValidator bundled;

    /** A check against the bundled shapes (parsed once; a check is safe to share between threads). */
    public static ShapeValidator bundled() {
        ShapeValidator c = bundled;
        if (c == null) bundled = c = new ShapeValidator(Ontology.bundled().shapes());
        return c;
    }

    /**
     * Validates {@code data} (which should include the ontology, so subclass links are seen).
     *
     * @param data    the union of ontology and data graphs
     * @param origins where each entity came from; entities without an origin are reported as such
     * @return the violations, sorted by file and pointer; empty when the data conforms
     */
    public List<Problem> check(Graph data, Map<Node, Origin> origins) {
        return check(data, origins, Set.of());
    }

    /**
     * Validates the entities of one part of the input (one file) in the context it needs.
     *
     * @param data    the part's graph, united with the graphs of the records it refers to and the ontology
     * @param origins where each entity of the part came from
     * @param foreign entities of the context graphs: their violations are not reported here,
     *                since each is checked, with its own context, when its own part is
     * @return the violations of the part's entities (and of entities with no origin at all),
     *         sorted by file and pointer; empty when they conform
     */
    public List<Problem> check(Graph data, Map<Node, Origin> origins, Set<Node> foreign) {
        return problems(ShaclValidator.get().validate(shapes, data).getEntries(), origins, foreign);
    }

    /**
     * Validates only the given focus nodes, each against the shapes that target it, in the
     * context of {@code data}. The cost grows with the focus nodes, not with the context: a file
     * checked beside large reference graphs pays only for its own entities.
     *
     * @param data    the part's graph, united with the graphs of the records it refers to and the ontology
     * @param focus   the entities to check (typically every subject of the part's own graph)
     * @param origins where each entity of the part came from
     * @param foreign entities of the context graphs, not reported here (see {@link #check(Graph, Map, Set)})
     * @return the violations, sorted by file and pointer; empty when the entities conform
     */
    public List<Problem> checkNodes(Graph data, Iterable<Node> focus, Map<Node, Origin> origins, Set<Node> foreign) {
        ValidationContext context = ValidationContext.create(shapes, data);
        Map<Node, Set<Node>> superclasses = new HashMap<>();
        for (Node n : focus) {
            if (!origins.containsKey(n) && foreign.contains(n)) continue;
            Set<Node> types = new HashSet<>();
            data.find(n, RDF.Nodes.type, Node.ANY).forEachRemaining(t ->
                    types.addAll(superclasses.computeIfAbsent(t.getObject(), c -> superclassesOf(data, c))));
            for (Shape shape : shapes.getTargetShapes())
                if (targets(shape, n, types, data)) VLib.validateShape(context, data, shape, n);
        }
        return problems(context.generateReport().getEntries(), origins, foreign);
    }

    /**
     * Whether a shape targets a node. Class targets are decided from the node's types with their
     * superclasses (what SHACL's {@code rdf:type/rdfs:subClassOf*} means), computed once per class
     * and check rather than once per node and shape; other targets are asked of the data.
     */
    private static boolean targets(Shape shape, Node n, Set<Node> types, Graph data) {
        for (Target t : shape.getTargets()) {
            boolean hit = switch (t.getTargetType()) {
                case targetClass, implicitClass -> types.contains(t.getObject());
                default -> VLib.isFocusNode(t, n, data);
            };
            if (hit) return true;
        }
        return false;
    }

    /** A class and all its superclasses in {@code data} (rdfs:subClassOf*). */
    private static Set<Node> superclassesOf(Graph data, Node cls) {
        Set<Node> out = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(cls));
        while (!todo.isEmpty()) {
            Node c = todo.pop();
            if (!out.add(c)) continue;
            data.find(c, RDFS.Nodes.subClassOf, Node.ANY).forEachRemaining(t -> todo.push(t.getObject()));
        }
        return out;
    }

    private static List<Problem> problems(Iterable<ReportEntry> entries, Map<Node, Origin> origins, Set<Node> foreign) {
        List<Problem> out = new ArrayList<>();
        for (ReportEntry e : entries) {
            if (e.severity() != Severity.Violation) continue;
            Origin o = origins.get(e.focusNode());
            if (o == null && foreign.contains(e.focusNode())) continue;
            String shape = e.source() == null ? "?" : e.source().isURI() ? e.source().getLocalName() : e.source().toString();
            String path = e.resultPath() == null ? "" : " (" + e.resultPath() + ")";
            String msg = e.message() + path + " [shape " + shape + "] on " + e.focusNode();
            out.add(o == null ? new Problem("(no input record)", 0, 0, null, "shacl", msg)
                    : new Problem(o.file(), o.line(), o.column(), o.pointer(), "shacl", msg));
        }
        out.sort(Comparator.comparing(Problem::file).thenComparing(p -> p.pointer() == null ? "" : p.pointer()));
        return out;
    }
}
