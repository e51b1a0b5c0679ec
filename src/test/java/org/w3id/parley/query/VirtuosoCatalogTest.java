package org.w3id.parley.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.TdbStore;
import org.w3id.parley.store.VirtuosoProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

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
    private static RemoteStore remote;
    private static TdbStore embedded;

    @BeforeAll
    static void loadTheDumpIntoVirtuoso() throws IOException {
        embedded = TestSupport.sharedBundledStore();
        virtuoso = VirtuosoProcess.holdingDumpOf(embedded, dir);
        remote = RemoteStore.at(virtuoso.sparql()).build();
    }

    @AfterAll
    static void stop() {
        if (remote != null) remote.close();
        if (virtuoso != null) virtuoso.close();
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogRunGivesItsExpectedRows() {
        return CatalogRuns.everyRunOn(remote::connect, embedded, "on Virtuoso");
    }
}
