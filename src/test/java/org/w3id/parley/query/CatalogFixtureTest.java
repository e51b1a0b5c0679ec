package org.w3id.parley.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.TestSupport;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.w3id.parley.TestSupport.DATA;

/**
 * The catalog's temporal and comparative queries on data that exercises them: the bundled data
 * plus an invented source (src/test/resources/queries/fixture/dated-stances.json) with dated,
 * superseding, lapsing and contradicting stances and speakers outside their roles, which the one
 * undated article cannot provide.
 */
class CatalogFixtureTest {
    private static TdbStore store;

    @BeforeAll
    static void load() {
        store = TdbStore.inMemory();
        Importer.run(store, Input.of(List.of(DATA, CatalogRuns.FIXTURE.resolve("dated-stances.json"))), Importer.DEFAULT_MAX_ERRORS);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> fixtureRunsGiveTheirExpectedResults() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CatalogQuery q : Catalog.folder(TestSupport.QUERIES).all())
            for (CatalogRuns.Run run : CatalogRuns.runs(q, CatalogRuns.FIXTURE, false))
                tests.add(DynamicTest.dynamicTest(run.toString(), () -> {
                    String actual = CatalogRuns.csv(store, run);
                    CatalogRuns.assertSameRows(CatalogRuns.expected(run, actual), actual, run.toString());
                }));
        if (tests.isEmpty()) throw new AssertionError("no fixture runs in " + Path.of(CatalogRuns.FIXTURE.toString()));
        return tests.stream();
    }
}
