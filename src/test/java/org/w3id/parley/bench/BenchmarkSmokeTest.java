package org.w3id.parley.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.store.TdbStore;
import org.w3id.parley.store.VirtuosoProcess;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The benchmark harness runs end to end at a tiny scale, so it cannot rot. No figure is asserted. */
@Integration
class BenchmarkSmokeTest {
    @TempDir
    Path dir;

    @Test
    void harnessRunsAtATinyScale() throws Exception {
        List<Benchmark.Figures> figures = Benchmark.run(new Benchmark.Config(new double[] {0.005}, dir, 2, "512m", 0, 10));
        assertEquals(1, figures.size());
        Benchmark.Figures f = figures.get(0);
        assertTrue(f.quads() > 1000, "quads: " + f.quads());
        String report = Benchmark.report(figures);
        assertTrue(report.contains("| scale | quads |"), report);
        assertTrue(report.contains("R_load"), report);
        assertTrue(report.contains("R_remote"), report);
        assertTrue(f.remoteImportSeconds() > 0 && f.parleyValidateSeconds() > 0, report);
        assertEquals(Benchmark.catalogSize(), f.queries().size(), "every catalog query is timed");
        assertTrue(f.queries().stream().allMatch(q -> q.runs() >= 2 && q.httpRuns() >= 2), report);
        // Beside Virtuoso (when installed; CI installs it) and Jena's in-memory dataset, every
        // query runs and gives TDB2's rows.
        long stores = VirtuosoProcess.locate().isPresent() ? 2 : 1;
        assertEquals(stores * f.queries().size(), f.beside().size(), report);
        for (Benchmark.Beside b : f.beside())
            assertTrue(b.rows() >= 0 && b.runs() >= 1, b.toString());
        assertTrue(report.contains("Every catalog query at scale") && report.contains("Virtuoso's rows"), report);
    }

    @Test
    void httpOverheadIsTimedOnEveryPath() throws Exception {
        Path db = dir.resolve("article");
        try (TdbStore store = TdbStore.open(db)) {
            Importer.run(store, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        }
        List<Benchmark.Overhead> overhead = Benchmark.overhead(db, 10, 20);
        assertEquals(List.of("embedded", "/parley/sparql", "/catalog/run", "/$/ping"),
                overhead.stream().map(Benchmark.Overhead::path).toList());
        for (Benchmark.Overhead o : overhead)
            assertTrue(o.runs() == 20 && o.minMs() > 0 && o.minMs() <= o.p50ms() && o.p50ms() <= o.p95ms(), o.toString());
    }
}
