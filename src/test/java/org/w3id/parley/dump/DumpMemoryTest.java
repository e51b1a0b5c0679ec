package org.w3id.parley.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;
import org.w3id.parley.store.TdbStore;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Streaming: {@code parley dump} of a TDB2 store of {@value #QUADS} quads, with four distinct
 * nodes per subject, runs in a child JVM with a {@value #HEAP} heap. It opens the store with
 * {@link TdbStore#SCAN_PARAMS}; with TDB2's default node caches (up to a million nodes, filled by
 * the scan) the same dump of this store ran out of that heap.
 */
@Integration
class DumpMemoryTest {
    static final int SUBJECTS = 12_000;
    static final int QUADS = SUBJECTS * 7;
    static final String HEAP = "-Xmx40m";

    @TempDir
    Path dir;

    @Test
    void aDumpOfALargeStoreRunsInASmallHeap() throws Exception {
        Path db = dir.resolve("db");
        fill(db);
        Path out = dir.resolve("parley.nq");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), "org.w3id.parley.cli.Main",
                "dump", "--db", db.toString(), "--format", "nquads", "--out", out.toString()));
        Path log = dir.resolve("dump.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("dump ran for over three minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "dump in " + HEAP + ":\n" + output);
        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) if (!line.startsWith("#")) lines++;
        }
        assertEquals(QUADS, lines, "quads written: every quad of the store (the description is beside the dump)");
        assertTrue(output.contains("wrote " + String.format("%,d", lines) + " quads"), output);
    }

    /** Stance-like records in 25 source graphs: a subject, a label, a quote and a comment of its own each. */
    private static void fill(Path db) {
        try (TdbStore store = TdbStore.open(db)) {
            Node type = RDF.type.asNode(), label = RDFS.label.asNode(), comment = RDFS.comment.asNode();
            Node holder = PARLEY.holder.asNode(), quote = PARLEY.quote.asNode(), statedOn = PARLEY.statedOn.asNode();
            Node derived = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
            Set<String> graphs = new TreeSet<>();
            for (int k = 0; k < 25; k++) graphs.add(Ids.sourceGraph("generated-" + k));
            store.replaceGraphs(graphs, sink -> {
                for (int i = 0; i < SUBJECTS; i++) {
                    int source = i % 25;
                    Node g = NodeFactory.createURI(Ids.sourceGraph("generated-" + source));
                    Node s = Ids.node("stance", "generated-" + i);
                    sink.accept(Quad.create(g, s, type, PARLEY.Stance.asNode()));
                    sink.accept(Quad.create(g, s, label, NodeFactory.createLiteralLang("Generated stance number " + i, "en")));
                    sink.accept(Quad.create(g, s, holder, Ids.node("party", "party-" + (i % 50))));
                    sink.accept(Quad.create(g, s, quote, NodeFactory.createLiteralLang("We will never accept proposal " + i + " as it stands.", "en")));
                    sink.accept(Quad.create(g, s, comment, NodeFactory.createLiteralLang("A note on record " + i + " of the generated data.", "en")));
                    sink.accept(Quad.create(g, s, statedOn, NodeFactory.createLiteralDT(
                            String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28), XSDDatatype.XSDdate)));
                    sink.accept(Quad.create(g, s, derived, Ids.node("source", "generated-" + source)));
                }
            });
            assertEquals(QUADS, store.size());
        }
    }
}
