package org.w3id.parley.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.json.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The importer checks only each file's own entities ({@link ShapeValidator#checkNodes}); that must
 * report exactly what validating the whole graph reports. Every shape example, valid and
 * invalid, is checked both ways.
 */
class ShapeValidatorTest {
    private static final Path EXAMPLES = Path.of("ontology", "examples");

    @TestFactory
    Stream<DynamicTest> checkingTheSubjectsFindsWhatCheckingTheWholeGraphFinds() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        ShapeValidator shacl = ShapeValidator.bundled();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Graph example = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(example, f.toString());
            Graph data = GraphFactory.createDefaultGraph();
            Ontology.bundled().ontology().find().forEachRemaining(data::add);
            example.find().forEachRemaining(data::add);
            Set<Node> subjects = new LinkedHashSet<>();
            example.find().forEachRemaining(t -> subjects.add(t.getSubject()));

            List<String> whole = messages(shacl.check(data, Map.of()));
            List<String> focused = messages(shacl.checkNodes(data, subjects, Map.of(), Set.of()));
            assertEquals(whole, focused);
            if (f.getFileName().toString().contains("invalid")) assertFalse(focused.isEmpty(), "no violation found");
        }));
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).sorted().toList();
    }
}
