package org.w3id.parley.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.TestSupport;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InputReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Golden files: each {@code mapping/NAME.json} maps to the dataset in {@code mapping/NAME.trig},
 * compared as graphs (isomorphism), with the difference printed when they disagree.
 */
class MappingTest {
    private static final Path DIR = Path.of("src/test/resources/mapping");

    @TestFactory
    Stream<DynamicTest> eachFixtureMapsToItsGoldenDataset() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(DIR)) {
            fixtures = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(fixtures.isEmpty(), "no fixtures in " + DIR);
        return fixtures.stream().map(json -> DynamicTest.dynamicTest(json.getFileName().toString(), () -> {
            InputFile f = new InputReader().read(json.toString(), Files.readAllBytes(json));
            DatasetGraph actual = DatasetGraphFactory.createTxnMem();
            Mapper.map(f.document(), actual::add);
            DatasetGraph expected = RDFDataMgr.loadDatasetGraph(json.toString().replace(".json", ".trig"));
            assertEquals(names(expected), names(actual), "named graphs");
            for (Iterator<Node> it = expected.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                Graph e = expected.getGraph(g), a = actual.getGraph(g);
                if (!IsoMatcher.isomorphic(e, a)) fail("graph " + g + " differs:\n" + diff(e, a));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> mappingIsDeterministic() throws IOException {
        Path json = DIR.resolve("source-minimal.json");
        InputFile f = new InputReader().read(json.toString(), Files.readAllBytes(json));
        return Stream.of(DynamicTest.dynamicTest("same document, same quads", () -> {
            DatasetGraph a = DatasetGraphFactory.createTxnMem(), b = DatasetGraphFactory.createTxnMem();
            Mapper.map(f.document(), a::add);
            Mapper.map(f.document(), b::add);
            assertEquals(quads(a), quads(b));
        }));
    }

    /**
     * Every literal the mapper writes is in the canonical form of its datatype, the form TDB2
     * gives back: decimals written {@code 1e2}, {@code 100}, {@code 62.10} in JSON, dates,
     * years, year-months and language-tagged text read back from TDB2 as the very terms written.
     */
    @Test
    void everyLiteralIsWrittenAsTdb2GivesItBack(@TempDir Path dir) throws IOException {
        Path data = TestSupport.literalForms(dir.resolve("data"), false);
        Path json = data.resolve("sources/literal-forms.json");
        InputFile f = new InputReader().read(json.toString(), Files.readAllBytes(json));
        DatasetGraph written = DatasetGraphFactory.createTxnMem();
        Mapper.map(f.document(), written::add);
        DatasetGraph tdb2 = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb2, () -> written.find().forEachRemaining(tdb2::add));
        TreeSet<String> literals = new TreeSet<>();
        written.find().forEachRemaining(q -> { if (q.getObject().isLiteral()) literals.add(q.getObject().toString()); });
        for (String form : List.of("\"100.0\"^^xsd:decimal", "\"62.1\"^^xsd:decimal", "\"0.5\"^^xsd:decimal",
                "\"0.0\"^^xsd:decimal", "\"2025\"^^xsd:gYear", "\"2025-05\"^^xsd:gYearMonth", "\"2025-04-02\"^^xsd:date", "\"Ніколи.\"@uk-UA"))
            assertTrue(literals.contains(form), form + " in " + literals);
        assertEquals(quads(written), Txn.calculateRead(tdb2, () -> quads(tdb2)), "quads as written and as TDB2 gives them back");
    }

    private static TreeSet<String> names(DatasetGraph d) {
        TreeSet<String> out = new TreeSet<>();
        d.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
        return out;
    }

    private static TreeSet<String> quads(DatasetGraph d) {
        TreeSet<String> out = new TreeSet<>();
        d.find().forEachRemaining(q -> out.add(q.toString()));
        return out;
    }

    /** Triples only in the expected graph (-) and only in the actual one (+). */
    private static String diff(Graph expected, Graph actual) {
        StringBuilder sb = new StringBuilder();
        expected.find().forEachRemaining((Triple t) -> { if (!actual.contains(t)) sb.append("- ").append(t).append('\n'); });
        actual.find().forEachRemaining((Triple t) -> { if (!expected.contains(t)) sb.append("+ ").append(t).append('\n'); });
        return sb.toString();
    }
}
