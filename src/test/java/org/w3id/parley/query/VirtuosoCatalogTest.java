package org.w3id.parley.query;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.TdbStore;
import org.w3id.parley.store.VirtuosoProcess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The catalog answers the same on Virtuoso as on TDB2: the N-Quads dump of the bundled data, loaded
 * with Virtuoso's own bulk loader (what a user moving the dump to a larger store does), answers
 * every catalog run with its expected rows when the catalog's queries are sent over plain SPARQL
 * protocol to its anonymous endpoint through Parley's {@link RemoteStore}. Virtuoso's default graph, with no FROM, is the union of its
 * graphs, as Parley's is. In CI the server must be there; elsewhere the test is skipped when
 * {@code virtuoso-t} is not installed.
 */
@Integration
class VirtuosoCatalogTest {
    @TempDir
    static Path dir;

    private static VirtuosoProcess virtuoso;
    private static TdbStore embedded;

    @BeforeAll
    static void loadTheDumpIntoVirtuoso() {
        Optional<Path> binary = VirtuosoProcess.locate();
        if (binary.isEmpty()) {
            String why = "virtuoso-t is not on the PATH or in /usr/bin: install Debian's virtuoso-opensource";
            if ("true".equals(System.getenv("CI"))) fail(why + " (.ci/run installs it)");
            Assumptions.abort(why);
        }
        embedded = TestSupport.sharedBundledStore();
        Path nq = dir.resolve("parley.nq");
        Dumper.create(embedded.datasetGraph()).build().write(DumpFormat.NQUADS, nq);
        Path serverDir = dir.resolve("virtuoso");
        try {
            java.nio.file.Files.createDirectories(serverDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        virtuoso = VirtuosoProcess.start(binary.get(), serverDir);
        virtuoso.bulkLoad(nq);
    }

    @AfterAll
    static void stop() {
        if (virtuoso != null) virtuoso.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogRunGivesItsExpectedRows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CatalogQuery q : Catalog.bundled().all())
            for (CatalogRuns.Run run : CatalogRuns.runs(q, CatalogRuns.EXPECTED, false))
                tests.add(DynamicTest.dynamicTest(run.toString(), () -> {
                    Map<String, RDFNode> bindings = Catalog.bind(run.query(), run.params(), embedded);
                    Query parsed = QueryRunner.parse(q.name(), q.text());
                    try (RemoteStore store = RemoteStore.at(virtuoso.sparql()).build();
                         RDFConnection conn = store.connect()) {
                        String actual = CatalogRuns.csv(conn, parsed, bindings);
                        CatalogRuns.assertSameRows(CatalogRuns.expected(run, actual), actual, run + " on Virtuoso");
                    }
                }));
        assertFalse(tests.isEmpty());
        return tests.stream();
    }
}
