package org.w3id.parley.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.w3id.parley.json.Problem;
import org.w3id.parley.rdf.Origin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates mapped data against the shapes and reports each violation as a {@link Problem}
 * located at the record that produced the offending node.
 */
public final class ShaclCheck {
    private final Shapes shapes;

    /** A check against the given shapes graph. */
    public ShaclCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    private static volatile ShaclCheck bundled;

    /** A check against the bundled shapes (parsed once; a check is safe to share between threads). */
    public static ShaclCheck bundled() {
        ShaclCheck c = bundled;
        if (c == null) bundled = c = new ShaclCheck(Ontology.bundled().shapes());
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
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Problem> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
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
