package org.w3id.parley.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A small run of the load benchmark, so that it cannot rot: no errors and no mixed reads while
 * imports run, and every attack sent beside them (federation to loopback, an oversized body, a
 * catastrophic regular expression) fails cleanly. No figures are asserted. For the real run, set {@code -Dparley.bench.clients=16
 * -Dparley.bench.queries=2000} (see src/site/markdown/serving.md, "Load").
 */
@Integration
class ServeLoadTest {
    @TempDir
    Path dir;

    @Test
    void readersNeverSeeHalfAnImport() throws Exception {
        int clients = Integer.getInteger("parley.bench.clients", 2);
        int queries = Integer.getInteger("parley.bench.queries", 20);
        int imports = Integer.getInteger("parley.bench.imports", 2);
        ServeLoad.Result r = ServeLoad.run(dir.resolve("db"), clients, queries, imports);
        System.out.println("ServeLoad: " + r);
        assertEquals(0, r.errors(), r.toString());
        assertEquals(0, r.mixes(), r.toString());
        assertTrue(r.checks() > 0, r.toString());
        assertTrue(r.imports() >= imports, r.toString());
        assertTrue(r.queries() >= (long) clients * queries, r.toString());
        assertTrue(r.attacks().sent() >= 4, r.toString());
        assertTrue(r.attacks().allClean(), "every attack failed cleanly and nothing was reached: " + r);
    }

    @Test
    void theInvariantCheckSeesAMix() {
        String head = "?a\t?b\t?n\n";
        assertNull(ServeLoad.invariant(head + "\"Load benchmark a, generation 3\"\t\"Load benchmark b, generation 3\"\t100\n"));
        assertNotNull(ServeLoad.invariant(head + "\"Load benchmark a, generation 3\"\t\"Load benchmark b, generation 4\"\t100\n"));
        assertNotNull(ServeLoad.invariant(head + "\"Load benchmark a, generation 3\"\t\"Load benchmark b, generation 3\"\t50\n"));
        assertNotNull(ServeLoad.invariant(head));
    }
}
