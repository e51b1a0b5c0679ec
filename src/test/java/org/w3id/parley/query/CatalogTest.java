package org.w3id.parley.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every query of the catalog: its header, its parameters, and its result on the bundled data,
 * which must equal the expected result reviewed against the source article — embedded and over
 * a running Fuseki.
 */
class CatalogTest {
    private static final Catalog CATALOG = Catalog.folder(TestSupport.QUERIES);
    private static TdbStore store;

    @BeforeAll
    static void load() {
        store = TestSupport.sharedBundledStore();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedResult() {
        return CATALOG.all().stream().map(q -> dynamicTest(q.name() + ".rq", () -> {
            assertFalse(q.summary().isBlank(), "summary");
            assertTrue(q.description().length() > 80, "the description explains the question and the answer");
            assertFalse(q.tags().isEmpty(), "tags");
            assertFalse(q.answers().isEmpty(), "answers: the competency questions it answers");
            Query parsed = QueryRunner.parse(q.name(), q.text());
            assertTrue(parsed.isSelectType(), "a SELECT query");
            assertTrue(parsed.hasOrderBy(), "ORDER BY, for deterministic output");
            for (Param p : q.params()) assertTrue(uses(parsed, p), "parameter " + p.name() + " is a variable of the query");
            // Remote stores get the query with every parameter substituted as text: it must still parse.
            String substituted = QueryTransformOps.transform(parsed, samples(q)).toString();
            assertDoesNotThrow(() -> QueryFactory.create(substituted), "the query with every parameter substituted parses");
            List<CatalogRuns.Run> runs = CatalogRuns.runs(q, CatalogRuns.EXPECTED, true);
            assertFalse(runs.isEmpty(), "an expected result for at least one run");
            for (CatalogRuns.Run run : runs) {
                String actual = CatalogRuns.csv(store, run);
                CatalogRuns.assertSameRows(CatalogRuns.expected(run, actual), actual, run.toString());
            }
        }));
    }

    @Test
    @Integration
    void sameRowsEmbeddedAndOverFuseki() {
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
        try (RDFConnection remote = RDFConnection.queryConnect(server.sparqlUrl())) {
            List<Executable> checks = new ArrayList<>();
            int runs = 0;
            for (CatalogQuery q : CATALOG.all()) {
                Query parsed = QueryRunner.parse(q.name(), q.text());
                for (CatalogRuns.Run run : CatalogRuns.runs(q, CatalogRuns.EXPECTED, true)) {
                    runs++;
                    checks.add(() -> {
                        Map<String, RDFNode> bindings = Catalog.bind(q, run.params(), store);
                        String embedded = CatalogRuns.csv(store, run);
                        String overHttp = CatalogRuns.csv(remote, parsed, bindings);
                        CatalogRuns.assertSameRows(embedded, overHttp, run + " over Fuseki");
                    });
                }
            }
            assertTrue(runs >= CATALOG.all().size(), "every query runs at least once");
            assertAll(checks);
        } finally {
            server.close();
        }
    }

    @Test
    void everyCompetencyQuestionIsAnswered() throws IOException {
        String readme = Files.readString(Path.of("ontology/README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Competency questions"));
        Matcher m = Pattern.compile("(?m)^(\\d+)\\. ").matcher(section);
        int n = 0;
        while (m.find()) n = Math.max(n, Integer.parseInt(m.group(1)));
        assertTrue(n >= 32, "ontology/README.md lists its competency questions");
        Set<Integer> answered = CATALOG.all().stream().flatMap(q -> q.answers().stream()).collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> all = IntStream.rangeClosed(1, n).boxed().collect(Collectors.toCollection(TreeSet::new));
        Set<Integer> missing = new TreeSet<>(all);
        missing.removeAll(answered);
        assertEquals(Set.of(), missing, "competency questions no query answers");
        answered.removeAll(all);
        assertEquals(Set.of(), answered, "answers: numbers that are not competency questions");
        assertTrue(CATALOG.all().size() >= 24, "at least 24 queries");
    }

    @Test
    void theJarBundlesTheQueriesFolder() {
        assertEquals(names(CATALOG), names(Catalog.bundled()));
    }

    @Test
    void everyExpectedFileBelongsToARun() throws IOException {
        for (Path dir : List.of(CatalogRuns.EXPECTED, CatalogRuns.FIXTURE)) {
            Set<Path> used = new TreeSet<>();
            for (CatalogQuery q : CATALOG.all())
                for (CatalogRuns.Run run : CatalogRuns.runs(q, dir, false)) {
                    used.add(run.expected());
                    String name = run.expected().getFileName().toString();
                    used.add(dir.resolve(name.substring(0, name.length() - 4) + ".params"));
                }
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> orphans = s.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".params"))
                        .filter(p -> !used.contains(p)).toList();
                assertEquals(List.of(), orphans, "expected results that no query run uses");
            }
        }
    }

    @Test
    void theCatalogPageListsEveryQueryAndTheReadmeLinksIt() throws IOException {
        String page = Files.readString(CatalogDocTest.PAGE, StandardCharsets.UTF_8);
        for (CatalogQuery q : CATALOG.all()) {
            assertTrue(page.contains("`" + q.name() + "`"), "catalog.md lists " + q.name());
            assertTrue(page.contains("\n## " + q.name() + "\n"), "catalog.md has a section for " + q.name());
        }
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("(src/site/markdown/catalog.md)"), "README.md links the catalog page");
    }

    private static Set<String> names(Catalog c) {
        return c.all().stream().map(CatalogQuery::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether substituting the parameter changes the query, i.e. the query mentions ?NAME. */
    private static boolean uses(Query q, Param p) {
        Map<Var, Node> one = Map.of(Var.alloc(p.name()), sample(p));
        return !QueryTransformOps.transform(q, one).toString().equals(q.toString());
    }

    private static Map<Var, Node> samples(CatalogQuery q) {
        Map<Var, Node> m = new HashMap<>();
        for (Param p : q.params()) m.put(Var.alloc(p.name()), sample(p));
        return m;
    }

    /** A value of the parameter's type, as the catalog would bind it. */
    private static Node sample(Param p) {
        if (!p.values().isEmpty()) return NodeFactory.createLiteralString(p.values().get(0));
        return switch (p.type()) {
            case "eventcode" -> NodeFactory.createLiteralString("036");
            case "date" -> NodeFactory.createLiteralDT("2025-04-30", XSDDatatype.XSDdate);
            case "integer" -> NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger);
            case "string" -> NodeFactory.createLiteralString("sample");
            case "position" -> NodeFactory.createURI("https://w3id.org/parley/ontology#RedLine");
            case "basis" -> NodeFactory.createURI("https://w3id.org/parley/ontology#OnRecord");
            default -> NodeFactory.createURI(Ids.entity(p.type(), "sample"));
        };
    }
}
