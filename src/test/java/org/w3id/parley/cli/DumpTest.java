package org.w3id.parley.cli;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.TdbStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.parley.TestSupport.DATA;
import static org.w3id.parley.TestSupport.Run;
import static org.w3id.parley.TestSupport.cli;

/** {@code parley dump --format trig} of the bundled data: complete, and readable next to the article. */
class DumpTest {
    @TempDir
    Path dir;

    @Test
    void trigDumpUsesParleyPrefixesAndReadsBackToTheSameQuads() throws Exception {
        String db = dir.resolve("db").toString();
        Run imp = cli("import", "--db", db, DATA.toString());
        assertEquals(0, imp.code(), imp.err());
        Path out = dir.resolve("dump.trig");
        Run dump = cli("dump", "--db", db, "--format", "trig", "--out", out.toString());
        assertEquals(0, dump.code(), dump.err());

        String text = Files.readString(out, StandardCharsets.UTF_8);
        for (String prefix : new String[] {"parley:", "skos:", "prov:", "wd:"})
            assertTrue(text.contains("@prefix " + prefix), "no @prefix " + prefix);
        assertTrue(text.contains("@base <https://w3id.org/parley/id/>"), "entity IRIs are written against the id/ base");
        assertTrue(text.contains("<stance/ukraine-crimea-red-line>"), "records are written as short relative IRIs");
        assertTrue(text.contains("\"Ukraine: red line — Ukraine recognises Crimea as Russian territory\"@en"),
                "stances carry their generated label");
        assertTrue(text.matches("(?s).*parley:quote\\s+\"It’s Ukrainian land—there’s nothing to negotiate\"@en.*"),
                "quotes keep the article's typography");

        DatasetGraph back = RDFDataMgr.loadDatasetGraph(out.toString());
        try (TdbStore s = TdbStore.open(Path.of(db))) {
            // Every quad of the store and nothing else: the description is published beside the dumps.
            assertFalse(back.containsGraph(NodeFactory.createURI(org.w3id.parley.dump.Dumper.DESCRIPTION_GRAPH)),
                    "no description graph in a dump");
            assertEquals(s.size(), back.stream().count(), "quads in the dump");
        }
        assertTrue(back.containsGraph(NodeFactory.createURI(Ids.sourceGraph("2025-04-ceasefire-lines"))));
    }
}
