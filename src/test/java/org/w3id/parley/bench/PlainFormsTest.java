package org.w3id.parley.bench;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.generate.Generator;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A catalog query written for speed answers as its plain form does. Each file in
 * src/test/resources/queries/plain holds the plain reading of the catalog query of its name (for
 * example the link between two terms tested pair by pair); both run on generated data, which has
 * many sources, declared relations and chains of them, and must give the same rows.
 */
@Integration
class PlainFormsTest {
    static final Path PLAIN = Path.of("src/test/resources/queries/plain");

    private static TdbStore store;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        Generator.create().scale(0.02).seed(42).out(dir).build().run();
        store = TdbStore.inMemory();
        Importer.run(store, Input.of(List.of(dir)), Importer.DEFAULT_MAX_ERRORS);
    }

    @AfterAll
    static void close() {
        if (store != null) store.close();
    }

    @TestFactory
    Stream<DynamicTest> eachQueryAnswersAsItsPlainForm() throws IOException {
        List<Path> plain;
        try (Stream<Path> s = Files.list(PLAIN)) {
            plain = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(plain.isEmpty(), "no plain forms in " + PLAIN);
        return plain.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            CatalogQuery cq = Catalog.bundled().get(name);
            assertTrue(cq.params().stream().noneMatch(p -> p.required() && p.defaultValue() == null),
                    name + ": a plain form is compared without parameters");
            Query fast = QueryRunner.parsed(cq);
            Query slow = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
            Benchmark.Answer expected = store.read(conn -> Benchmark.answer(conn, slow, Map.of()));
            Benchmark.Answer actual = store.read(conn -> Benchmark.answer(conn, fast, Map.of()));
            assertTrue(expected.rows().length > 20, name + ": the generated data gives the plain form rows to compare");
            String same = Benchmark.compare(expected, actual);
            assertTrue(same.startsWith("same"), name + ": " + same);
        }));
    }
}
