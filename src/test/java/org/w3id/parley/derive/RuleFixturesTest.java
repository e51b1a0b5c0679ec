package org.w3id.parley.derive;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.Update;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Each rule against a fixture, in the style of the shape examples: for a rule
 * {@code ontology/rules/NN-name.ru}, {@code src/test/resources/rules/NN-name.trig} is a small input
 * (loaded into an in-memory TDB2 store, then {@link Derivation#request()} run in the same write,
 * as the importer runs it) and {@code NN-name.expected.ttl} is exactly what that rule derives from
 * it: the derived graph's triples whose predicate the rule's INSERT templates write (for
 * {@code rdf:type}, whose class they name), no more and no fewer. The header of each expected
 * file says which edge case each part covers.
 */
class RuleFixturesTest {
    static final Path FIXTURES = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> everyRuleFixtureDerivesExactlyItsExpectedTriples() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            inputs = files.filter(f -> f.getFileName().toString().endsWith(".trig")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no rule fixtures in " + FIXTURES);
        return inputs.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path input) {
        String name = input.getFileName().toString().replaceFirst("\\.trig$", "");
        Derivation.Rule rule = Derivation.rules().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(input + " names no rule in ontology/rules/"));
        Path expectedFile = input.resolveSibling(name + ".expected.ttl");
        assertTrue(Files.exists(expectedFile), "no " + expectedFile);

        Set<Node> predicates = new HashSet<>(), classes = new HashSet<>();
        for (Update u : rule.update().getOperations()) {
            List<Quad> template = u instanceof UpdateModify m ? m.getInsertQuads()
                    : u instanceof UpdateDataInsert d ? d.getQuads() : List.of();
            for (Quad q : template) {
                assertEquals(NodeFactory.createURI(Derivation.GRAPH), q.getGraph(), name + " writes only the derived graph");
                if (q.getPredicate().equals(RDF.type.asNode())) classes.add(q.getObject());
                else predicates.add(q.getPredicate());
            }
        }
        assertFalse(predicates.isEmpty(), name + " inserts nothing");

        DatasetGraph data = RDFDataMgr.loadDatasetGraph(input.toString());
        Set<String> graphs = new TreeSet<>();
        data.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        Set<String> actual = new TreeSet<>();
        try (TdbStore store = TdbStore.inMemory()) {
            store.replaceGraphs(graphs, sink -> data.find().forEachRemaining(sink), Derivation.request());
            store.read(conn -> {
                Graph derived = conn.fetchDataset().asDatasetGraph().getGraph(NodeFactory.createURI(Derivation.GRAPH));
                derived.find().forEachRemaining(t -> {
                    assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), "a blank node in the derived graph: " + t);
                    if (predicates.contains(t.getPredicate())
                            || (t.getPredicate().equals(RDF.type.asNode()) && classes.contains(t.getObject())))
                        actual.add(text(t));
                });
                return null;
            });
        }
        Set<String> expected = new TreeSet<>();
        RDFDataMgr.loadGraph(expectedFile.toString()).find().forEachRemaining(t -> expected.add(text(t)));
        Set<String> missing = new TreeSet<>(expected), extra = new TreeSet<>(actual);
        missing.removeAll(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), name + ": expected but not derived:\n  " + String.join("\n  ", missing)
                + "\nderived but not expected:\n  " + String.join("\n  ", extra));
    }

    private static String text(Triple t) {
        return t.getSubject() + " " + t.getPredicate() + " " + t.getObject();
    }
}
