package org.w3id.parley.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.DynamicTest;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.parley.store.Store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Plumbing for the catalog tests: which runs of which query are expected to give which CSV.
 *
 * <p>In a folder of expected results, {@code NAME.csv} is the result of query NAME with its default
 * parameters; {@code NAME@LABEL.csv} is the result with the parameters in the sidecar
 * {@code NAME@LABEL.params} (Java properties, one {@code name=value} per line).
 */
final class CatalogRuns {
    private CatalogRuns() {}

    /** The expected results of the bundled data. */
    static final Path EXPECTED = Path.of("src/test/resources/queries");
    /** The expected results of the bundled data plus the test fixture. */
    static final Path FIXTURE = EXPECTED.resolve("fixture");

    /**
     * One run of a catalog query.
     *
     * @param query    the query
     * @param label    "defaults" or the label after '@'
     * @param params   parameter values as text
     * @param expected the expected CSV file (may not exist yet)
     */
    record Run(CatalogQuery query, String label, Map<String, String> params, Path expected) {
        @Override
        public String toString() {
            return query.name() + (label.equals("defaults") ? "" : "@" + label) + (params.isEmpty() ? "" : " " + params);
        }
    }

    /**
     * The runs of {@code q} that {@code dir} has expected results for, plus its run with default
     * parameters when {@code defaultRequired} and it needs no parameter.
     */
    static List<Run> runs(CatalogQuery q, Path dir, boolean defaultRequired) {
        List<Run> out = new ArrayList<>();
        Path defaults = dir.resolve(q.name() + ".csv");
        boolean needsParams = q.params().stream().anyMatch(Param::required);
        if (Files.exists(defaults) || (defaultRequired && !needsParams)) out.add(new Run(q, "defaults", Map.of(), defaults));
        Map<String, Path> sidecars = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().startsWith(q.name() + "@") && p.toString().endsWith(".params"))
                    .forEach(p -> sidecars.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : sidecars.values()) {
            String file = p.getFileName().toString();
            String label = file.substring(q.name().length() + 1, file.length() - ".params".length());
            out.add(new Run(q, label, params(p), dir.resolve(q.name() + "@" + label + ".csv")));
        }
        return out;
    }

    /** The parameters in a sidecar file, in file order. */
    static Map<String, String> params(Path sidecar) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : new TreeMap<>(props).keySet().stream().map(Object::toString).toList())
            out.put(name, props.getProperty(name));
        return out;
    }

    /**
     * Runs a catalog query on a store, parameters bound and checked as the CLI does, and returns SPARQL CSV.
     * A query without a header (a resource query of the Java code) takes its variables as parameters,
     * each value an RDF term in SPARQL syntax or a bare IRI, bound as for a plain .rq file.
     */
    static String csv(Store store, Run run) {
        Query q = QueryRunner.parsed(run.query());
        Map<String, RDFNode> bindings = run.query().params().isEmpty() ? Catalog.bindTerms(q, run.params())
                : Catalog.bind(run.query(), run.params(), store);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store, q, bindings, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Runs a query over any connection (for example a remote endpoint) with the same substitution, as SPARQL CSV. */
    static String csv(RDFConnection conn, Query q, Map<String, RDFNode> bindings) {
        try (QueryExecution qe = QueryRunner.build(conn, q, bindings)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetMgr.write(out, qe.execSelect(), ResultSetLang.RS_CSV);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * A test per catalog run with expected rows, each sent over a connection to another store
     * (the catalog's queries as text over SPARQL protocol, parameters bound against
     * {@code bindings}, the embedded store that checks entity parameters) and compared row by row.
     */
    static Stream<DynamicTest> everyRunOn(Supplier<RDFConnection> connect, Store bindings, String where) {
        List<DynamicTest> tests = new ArrayList<>();
        for (CatalogQuery q : Catalog.bundled().all())
            for (Run run : runs(q, EXPECTED, false))
                tests.add(DynamicTest.dynamicTest(run.toString(), () -> {
                    try (RDFConnection conn = connect.get()) {
                        String actual = csv(conn, QueryRunner.parsed(q), Catalog.bind(run.query(), run.params(), bindings));
                        assertSameRows(expected(run, actual), actual, run + " " + where);
                    }
                }));
        if (tests.isEmpty()) fail("no catalog runs");
        return tests.stream();
    }

    /** The expected file's text, or a failure that shows the actual result to review. */
    static String expected(Run run, String actual) {
        if (Boolean.getBoolean("parley.catalog.write")) {
            // -Dparley.catalog.write=true rewrites the expected results from what the queries now
            // give; review the difference (git diff) against the source texts before committing it.
            try {
                Files.writeString(run.expected(), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return actual;
        }
        if (!Files.exists(run.expected()))
            fail("no expected result " + run.expected() + " for " + run + "; the query gives:\n" + actual);
        try {
            return Files.readString(run.expected(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the rows only one side has when two CSV texts differ (line endings aside). */
    static void assertSameRows(String expected, String actual, String what) {
        List<String> e = lines(expected), a = lines(actual);
        if (e.equals(a)) return;
        List<String> missing = new ArrayList<>(e), extra = new ArrayList<>(a);
        missing.removeAll(a);
        extra.removeAll(e);
        StringBuilder b = new StringBuilder(what + ": the rows differ");
        if (missing.isEmpty() && extra.isEmpty()) b.append(" in order only");
        for (String m : missing) b.append("\n  expected, missing: ").append(m);
        for (String x : extra) b.append("\n  unexpected:        ").append(x);
        b.append("\nactual result:\n").append(actual);
        fail(b.toString());
    }

    private static List<String> lines(String csv) {
        return List.of(csv.replace("\r\n", "\n").strip().split("\n", -1));
    }
}
