package org.w3id.parley.bench;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The harness's options: which steps -Dparley.bench.skip leaves out at which scale. */
class BenchmarkOptionsTest {
    @Test
    void aStepNamedAloneIsLeftOutAtEveryScale() {
        assertEquals(Set.of("remote", "queries"), Benchmark.skipped("remote,queries", 1));
        assertEquals(Set.of("remote", "queries"), Benchmark.skipped("remote, queries", 10));
    }

    @Test
    void aStepNamedWithAScaleIsLeftOutAtThatScaleOnly() {
        String property = "memory@10,remote@10.0,virtuoso@0.5";
        assertEquals(Set.of("memory", "remote"), Benchmark.skipped(property, 10));
        assertEquals(Set.of("virtuoso"), Benchmark.skipped(property, 0.5));
        assertFalse(Benchmark.skipped(property, 1).contains("memory"));
        assertFalse(Benchmark.skipped(property, 1).contains("remote"));
    }
}
