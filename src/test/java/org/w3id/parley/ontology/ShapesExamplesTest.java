package org.w3id.parley.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example under {@code ontology/examples/} behaves as its name says: {@code *-valid.ttl}
 * conforms to {@code ontology/shapes.ttl} with {@code ontology/shapes-sparql.ttl}, {@code *-invalid-NN.ttl} does not and its report
 * contains the message named on its first line ({@code # expect: ...}). Examples are validated
 * together with {@code ontology/parley.ttl}, as data is validated together with the ontology
 * graph, so subclass reasoning for sh:class and sh:targetClass works.
 */
class ShapesExamplesTest {

    static final Path ONTOLOGY = Path.of("ontology");
    static final Path EXAMPLES = ONTOLOGY.resolve("examples");
    static final Path SHAPES_TTL = ONTOLOGY.resolve("shapes.ttl");
    static final Path SHAPES_SPARQL_TTL = ONTOLOGY.resolve("shapes-sparql.ttl");
    static final String SHACL_NS = "http://www.w3.org/ns/shacl#";
    /** The SHACL-SPARQL vocabulary (SHACL 1.0, section 5 and 6), which a SHACL Core file must not use. */
    static final Set<String> SPARQL_TERMS = Set.of("sparql", "SPARQLConstraint", "select", "ask", "prefixes",
            "declare", "SPARQLExecutable", "SPARQLAskExecutable", "SPARQLSelectExecutable", "SPARQLUpdateExecutable",
            "SPARQLTarget", "SPARQLTargetType", "SPARQLConstraintComponent", "SPARQLAskValidator",
            "SPARQLSelectValidator", "SPARQLValuesDeriver", "ConstraintComponent", "validator", "nodeValidator",
            "propertyValidator", "parameter", "target", "update", "JSConstraint");
    static final String SHAPES_NS = "https://w3id.org/parley/shapes#";
    static final Pattern EXAMPLE_NAME = Pattern.compile("(\\w+)-(valid|invalid-\\d\\d)\\.ttl");
    static final String EXPECT = "# expect: ";

    static Model shapesModel;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        shapesModel = RDFDataMgr.loadModel(SHAPES_TTL.toString());
        RDFDataMgr.read(shapesModel, SHAPES_SPARQL_TTL.toString());
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    /**
     * shapes.ttl is SHACL Core: no term of SHACL-SPARQL (or SHACL-JS, or constraint components)
     * appears in it, as subject, predicate or object, so a Core validator can use it alone. The
     * SPARQL rules are in shapes-sparql.ttl, which does use them.
     */
    @Test
    void shapesTtlIsShaclCoreOnly() {
        List<String> core = sparqlTermsIn(RDFDataMgr.loadModel(SHAPES_TTL.toString()));
        assertTrue(core.isEmpty(), SHAPES_TTL + " uses SHACL-SPARQL terms: " + core);
        List<String> sparql = sparqlTermsIn(RDFDataMgr.loadModel(SHAPES_SPARQL_TTL.toString()));
        assertTrue(sparql.contains("sparql") && sparql.contains("select"),
                SHAPES_SPARQL_TTL + " should hold the SHACL-SPARQL constraint, uses only " + sparql);
    }

    private static List<String> sparqlTermsIn(Model m) {
        Set<String> out = new TreeSet<>();
        m.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(SHACL_NS)) {
                    String local = n.asResource().getURI().substring(SHACL_NS.length());
                    if (SPARQL_TERMS.contains(local)) out.add(local);
                }
            }
        });
        return new ArrayList<>(out);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleBehavesAsItsNameSays() throws IOException {
        List<Path> files = exampleFiles();
        assertFalse(files.isEmpty(), "no examples in " + EXAMPLES);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher m = EXAMPLE_NAME.matcher(name);
        assertTrue(m.matches(), name + ": example files are named <Shape>-valid.ttl or <Shape>-invalid-NN.ttl");
        ValidationReport report = validate(file);
        if (m.group(2).equals("valid")) {
            assertTrue(report.conforms(), name + " should conform but does not:\n" + text(report));
        } else {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertTrue(first.startsWith(EXPECT), name + ": the first line must be '" + EXPECT + "<message>'");
            String expected = first.substring(EXPECT.length()).trim();
            assertFalse(report.conforms(), name + " should not conform but does");
            Set<String> messages = messages(report);
            assertTrue(messages.contains(expected),
                    name + ": expected the message\n  " + expected + "\nbut the report says\n  "
                            + String.join("\n  ", messages));
        }
    }

    @Test
    void everyNodeShapeHasAValidAndAnInvalidExample() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Path f : exampleFiles()) names.add(f.getFileName().toString());
        List<String> missing = new ArrayList<>();
        Set<String> targeted = targetedNodeShapes();
        for (String shape : targeted) {
            if (!names.contains(shape + "-valid.ttl")) missing.add(shape + "-valid.ttl");
            if (!names.contains(shape + "-invalid-01.ttl")) missing.add(shape + "-invalid-01.ttl");
        }
        assertTrue(missing.isEmpty(), "missing examples: " + missing);
        List<String> orphans = new ArrayList<>();
        for (String n : names) {
            Matcher m = EXAMPLE_NAME.matcher(n);
            if (!m.matches() || !targeted.contains(m.group(1))) orphans.add(n);
        }
        assertTrue(orphans.isEmpty(), "examples that name no node shape with a target: " + orphans);
    }

    @Test
    void everyPropertyShapeAndSparqlConstraintIsNamedAndHasAnEnglishMessage() {
        List<String> problems = new ArrayList<>();
        Set<Resource> constraints = new java.util.HashSet<>();
        shapesModel.listSubjectsWithProperty(RDF.type, SHACLM.PropertyShape).forEachRemaining(constraints::add);
        shapesModel.listObjectsOfProperty(SHACLM.property).forEachRemaining(n -> constraints.add(n.asResource()));
        shapesModel.listSubjectsWithProperty(RDF.type, SHACLM.SPARQLConstraint).forEachRemaining(constraints::add);
        shapesModel.listObjectsOfProperty(SHACLM.sparql).forEachRemaining(n -> constraints.add(n.asResource()));
        for (Resource c : constraints) {
            if (c.isAnon()) {
                problems.add("blank-node constraint " + c.listProperties().toList());
                continue;
            }
            boolean english = c.listProperties(SHACLM.message).toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral() && "en".equals(s.getLiteral().getLanguage()));
            if (!english) problems.add(c.getURI() + " has no sh:message @en");
            if (!c.getURI().startsWith(SHAPES_NS)) problems.add(c.getURI() + " is outside " + SHAPES_NS);
        }
        assertTrue(constraints.size() > 50, "suspiciously few property shapes: " + constraints.size());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOntologyGraphItselfConforms() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, ONTOLOGY.resolve("parley.ttl").toString());
        RDFDataMgr.read(g, ONTOLOGY.resolve("alignments.ttl").toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertTrue(report.conforms(), "the ontology graph does not conform:\n" + text(report));
    }

    static List<Path> exampleFiles() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    /** Local names of the node shapes that declare a target, i.e. the shapes data is checked against. */
    static Set<String> targetedNodeShapes() {
        Set<String> out = new TreeSet<>();
        for (var target : List.of(SHACLM.targetClass, SHACLM.targetNode, SHACLM.targetSubjectsOf,
                SHACLM.targetObjectsOf)) {
            shapesModel.listSubjectsWithProperty(target).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(SHAPES_NS))
                    out.add(s.getURI().substring(SHAPES_NS.length()));
            });
        }
        return out;
    }

    static ValidationReport validate(Path example) {
        Graph data = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(data, ONTOLOGY.resolve("parley.ttl").toString());
        RDFDataMgr.read(data, example.toString());
        return ShaclValidator.get().validate(shapes, data);
    }

    static Set<String> messages(ValidationReport report) {
        Set<String> out = new TreeSet<>();
        report.getModel().listObjectsOfProperty(SHACLM.resultMessage).forEachRemaining((RDFNode n) -> {
            if (n.isLiteral()) out.add(n.asLiteral().getLexicalForm());
        });
        for (var e : report.getEntries()) {
            Node focus = e.focusNode();
            if (e.message() != null && focus != null) out.add(e.message());
        }
        return out;
    }

    static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
