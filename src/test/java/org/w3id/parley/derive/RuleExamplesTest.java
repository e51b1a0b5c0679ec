package org.w3id.parley.derive;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each rule from 40 to 70 gives exactly the triples its example expects. The input is
 * {@code src/test/resources/rules/world/world.trig} (with the ontology, which holds the position ranks),
 * imported into an in-memory TDB2 store with {@link Derivation#request()} in the same write; the
 * expected triples of rule NN-name are in {@code src/test/resources/rules/world/NN-name.ttl}: every
 * triple of the derived graph whose subject the rule types with its class (a term position, a
 * conflict, an agreement, a zone candidate). {@code -Dparley.rules.write=true} rewrites the
 * expected files from what the rules now derive; review the difference before committing it.
 */
class RuleExamplesTest {
    static final Path DIR = Path.of("src/test/resources/rules/world");
    static final String PARLEY = "https://w3id.org/parley/ontology#";
    private static TdbStore store;

    /** The rule, and the class of the nodes it derives. */
    record Example(String rule, String cls) {}

    static final List<Example> EXAMPLES = List.of(
            new Example("40-term-positions", "TermPosition"),
            new Example("50-conflicts", "Conflict"),
            new Example("60-agreements", "Agreement"),
            new Example("70-zone", "ZoneCandidate"));

    @BeforeAll
    static void load() {
        store = TdbStore.inMemory();
        load(store, DIR.resolve("world.trig"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Loads a TriG file and the ontology into a store, deriving in the same write. */
    static void load(TdbStore store, Path trig) {
        DatasetGraph input = DatasetFactory.create().asDatasetGraph();
        RDFDataMgr.read(input, trig.toString());
        Graph ontology = RDFDataMgr.loadGraph("ontology/parley.ttl");
        Set<String> graphs = new TreeSet<>();
        input.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        graphs.add(Ids.ONTOLOGY_GRAPH);
        Node og = NodeFactory.createURI(Ids.ONTOLOGY_GRAPH);
        store.replaceGraphs(graphs, sink -> {
            input.find().forEachRemaining(sink);
            ontology.find().forEachRemaining(t -> sink.accept(Quad.create(og, t)));
        }, Derivation.request());
    }

    /** The derived graph's triples whose subject it types with {@code parley:cls}. */
    static Model derived(TdbStore store, String cls) {
        return store.read(conn -> conn.queryConstruct(
                "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + Derivation.GRAPH + "> { ?s a <" + PARLEY + cls + "> ; ?p ?o } }"));
    }

    @TestFactory
    Stream<DynamicTest> eachRuleDerivesExactlyItsExample() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Example e : EXAMPLES)
            tests.add(DynamicTest.dynamicTest(e.rule(), () -> {
                Model actual = derived(store, e.cls());
                Path file = DIR.resolve(e.rule() + ".ttl");
                if (Boolean.getBoolean("parley.rules.write")) write(actual, file);
                Model expected = RDFDataMgr.loadModel(file.toString());
                assertSameTriples(expected.getGraph(), actual.getGraph(), e.rule());
            }));
        return tests.stream();
    }

    static void write(Model m, Path file) {
        m.setNsPrefix("parley", PARLEY);
        m.setNsPrefix("id", Ids.ID_BASE);
        m.setNsPrefix("pos", Ids.ID_BASE + "derived/position/");
        m.setNsPrefix("conflict", Ids.ID_BASE + "derived/conflict/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
        try {
            Files.writeString(file, "# Expected output of ontology/rules/" + file.getFileName().toString().replace(".ttl", ".ru")
                    + " on world.trig (RuleExamplesTest); reviewed by hand.\n" + out.toString(StandardCharsets.UTF_8));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    static void assertSameTriples(Graph expected, Graph actual, String what) {
        Set<Triple> e = set(expected), a = set(actual);
        if (e.equals(a)) return;
        StringBuilder b = new StringBuilder(what + ": the derived triples differ");
        for (Triple t : e) if (!a.contains(t)) b.append("\n  expected, missing: ").append(t);
        for (Triple t : a) if (!e.contains(t)) b.append("\n  unexpected:        ").append(t);
        fail(b.toString());
    }

    private static Set<Triple> set(Graph g) {
        Set<Triple> s = new HashSet<>();
        for (Iterator<Triple> it = g.find(); it.hasNext(); ) s.add(it.next());
        return s;
    }
}
