package org.w3id.parley.store;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.load.Progress;
import org.w3id.parley.load.Sources;
import org.w3id.parley.rdf.Ids;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * What every remote store must do, run against a real server by each subclass: the same quads
 * as the embedded store, idempotent re-import, exact replacement of a changed source's graph,
 * credentials from a file, and nothing written with a wrong password.
 */
abstract class RemoteStoreContract {
    /** A graph Parley does not own, which imports must leave alone. */
    static final String FOREIGN = "http://example.org/not-parley";
    /** A quote in the bundled source, changed by the replacement test. */
    private static final String QUOTE = "If one comes, we will respond.";

    private static List<String> bundledEmbedded;

    @TempDir
    Path dir;

    /** A store builder for the server under test, with the right credentials. */
    RemoteStore.Builder store() {
        return store(url -> url);
    }

    /** A store builder for the server under test, each endpoint URL passed through {@code via}. */
    abstract RemoteStore.Builder store(UnaryOperator<String> via);

    /** The CLI options naming the server's endpoints (credentials excluded). */
    abstract List<String> endpointOptions();

    /** The right credentials for writing. */
    abstract Credentials credentials();

    /** Whether the server undoes a whole update request when one of its operations fails. */
    abstract boolean updateRequestsAreAllOrNothing();

    /** The quads an embedded store holds after importing {@code inputs}. */
    static List<String> embedded(List<Input> inputs) {
        try (TdbStore s = TdbStore.inMemory()) {
            Importer.run(s, inputs, Importer.DEFAULT_MAX_ERRORS);
            return nquads(s, Ids.GRAPH_BASE);
        }
    }

    static synchronized List<String> bundledEmbedded() {
        if (bundledEmbedded == null) bundledEmbedded = embedded(Input.bundled());
        return bundledEmbedded;
    }

    /** Each test starts from a store without Parley's graphs or the foreign one. */
    @BeforeEach
    void emptyTheStore() {
        try (RemoteStore s = store().build()) {
            empty(s);
        }
    }

    /** Drops Parley's graphs and the foreign one (staging graphs left by a failed test first). */
    static void empty(RemoteStore s) {
        s.dropStaging();
        Set<String> ours = s.graphs().stream().filter(g -> g.startsWith(Ids.GRAPH_BASE) || g.startsWith(FOREIGN))
                .collect(Collectors.toSet());
        if (!ours.isEmpty()) s.dropGraphs(ours);
        assertEquals(List.of(), nquads(s, Ids.GRAPH_BASE));
    }

    @Test
    void theBundledDataGivesTheSameQuadsAsTheEmbeddedStore() {
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            assertSameQuads(bundledEmbedded(), nquads(s, Ids.GRAPH_BASE), "remote vs embedded");
            assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE), "staging graphs left behind");
            // Queries without GRAPH see the data (the default graph covers the named graphs).
            assertEquals("6", value(s, "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a parley:Region }"));
            assertTrue(s.graphs().contains(Ids.REFERENCE_GRAPH), s.graphs().toString());
            assertTrue(s.size() >= bundledEmbedded().size(), "size " + s.size());
        }
    }

    @Test
    void importingTwiceLeavesTheSameQuads() {
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            List<String> first = nquads(s, Ids.GRAPH_BASE);
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            assertSameQuads(first, nquads(s, Ids.GRAPH_BASE), "second import");
        }
    }

    @Test
    void reimportingAChangedSourceReplacesExactlyThatGraph() throws IOException {
        Path data = copyOfTheData();
        Path source = data.resolve("sources/2025-04-ceasefire-lines.json");
        String sourceGraph = Ids.sourceGraph("2025-04-ceasefire-lines");
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.of(List.of(data)), Importer.DEFAULT_MAX_ERRORS);
            try (RDFConnection c = s.connect()) {
                c.update("INSERT DATA { GRAPH <" + FOREIGN + "> { <http://example.org/s> <http://example.org/p> \"kept\" } }");
            }
            List<String> before = ours(s);

            String json = Files.readString(source, StandardCharsets.UTF_8);
            assertTrue(json.contains(QUOTE));
            Files.writeString(source, json.replace(QUOTE, "If one comes, we shall respond."), StandardCharsets.UTF_8);
            Importer.run(s, Input.of(List.of(data)), Importer.DEFAULT_MAX_ERRORS);
            List<String> after = ours(s);

            // The source graph is exactly what an embedded import of the changed data gives.
            assertSameQuads(inGraph(embedded(Input.of(List.of(data))), sourceGraph), inGraph(after, sourceGraph), "changed source graph");
            assertTrue(after.stream().noneMatch(q -> q.contains("we will respond")), "the old quote is gone");
            assertTrue(after.stream().anyMatch(q -> q.contains("we shall respond")), "the new quote is there");
            // Every other graph, Parley's or not, is exactly as before.
            assertSameQuads(notInGraph(before, sourceGraph), notInGraph(after, sourceGraph), "other graphs");
            assertTrue(after.stream().anyMatch(q -> q.contains("\"kept\"")), "the foreign graph is untouched");
        }
    }

    /**
     * Over five hundred source graphs: the swap is one request of fixed size (a request growing
     * with the graphs is refused by Virtuoso), and staging takes a request per batch of quads,
     * not one per graph — counted by a proxy between Parley and the server.
     */
    @Test
    void fiveHundredSourcesLoadInRequestsThatGrowWithTheQuadsNotTheGraphs() throws IOException {
        int batch = 2_000;
        Path data = dir.resolve("many");
        copyFiles(DATA.resolve("reference"), data.resolve("reference"));
        generateSources(data.resolve("sources"), 520, 1);
        // Validated once (SHACL on 520 files is most of the time), written three times.
        Importer.Prepared prepared = Importer.prepare(Input.of(List.of(data)), Importer.DEFAULT_MAX_ERRORS);
        List<String> expected;
        try (TdbStore s = TdbStore.inMemory()) {
            Importer.write(s, prepared, false, Progress.NONE, System.nanoTime());
            expected = nquads(s, Ids.GRAPH_BASE);
        }
        long graphs = expected.stream().map(q -> q.substring(q.lastIndexOf(" <"))).distinct().count();
        assertTrue(graphs > 520, "graphs: " + graphs);
        assertFalse(inGraph(expected, Ids.DERIVED_GRAPH).isEmpty(), "the derived graph is among them");
        String origin;
        try (RemoteStore s = store().build()) {
            origin = CountingProxy.originOf(s.updateEndpoint());
            // A graph of a source that is not in the input stays: only the input's graphs are replaced.
            s.replaceGraphs(Set.of(Ids.sourceGraph("gen-9999")), sink -> sink.accept(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI(Ids.sourceGraph("gen-9999")),
                    org.apache.jena.graph.NodeFactory.createURI("http://example.org/s"),
                    org.apache.jena.graph.NodeFactory.createURI("http://example.org/p"),
                    org.apache.jena.graph.NodeFactory.createLiteralString("other"))));
        }
        try (CountingProxy proxy = CountingProxy.start(origin); RemoteStore s = store(proxy::via).batchSize(batch).build()) {
            String update = java.net.URI.create(s.updateEndpoint()).getPath();
            for (int round = 1; round <= 2; round++) {
                long before = proxy.count("POST", update);
                Importer.write(s, prepared, false, Progress.NONE, System.nanoTime());
                // One manifest quad per graph, then the data, in batches; then the swap. The
                // store's first write starts with an empty request answering the server's
                // authentication challenge (see AuthChallengeTest).
                // The derived graph is not staged: the rules compute it on the server, in the swap.
                long derived = inGraph(expected, Ids.DERIVED_GRAPH).size();
                long staged = graphs - 1 + expected.size() - derived;
                long probe = round == 1 && credentials() != null ? 1 : 0;
                // A server that refuses the swap and the rules in one request (Virtuoso) gets the
                // rules one operation a request, from its first refusal on.
                long split = !s.splitsFollowUps() ? 0
                        : org.w3id.parley.derive.Derivation.request().getOperations().size() + (round == 1 ? 1 : 0);
                assertEquals((staged + batch - 1) / batch + 1 + probe + split, proxy.count("POST", update) - before,
                        "update requests in round " + round + " for " + expected.size() + " quads in " + graphs + " graphs");
                List<String> stored = nquads(s, Ids.GRAPH_BASE);
                assertSameQuads(expected, notInGraph(stored, Ids.sourceGraph("gen-9999")), "round " + round);
                assertEquals(1, inGraph(stored, Ids.sourceGraph("gen-9999")).size(), "the other source's graph");
                assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE), "staging graphs left behind");
            }
            assertEquals(0, proxy.count("POST", java.net.URI.create(s.gspEndpoint()).getPath()), "no Graph Store Protocol writes");
        }
    }

    @Test
    void retractAndPruneDropExactlyTheSourcesGraphsThroughTheCli() throws IOException {
        Path cred = credentialsFile(credentials().user() + ":" + credentials().password());
        Path extra = dir.resolve("extra");
        List<Path> files = generateSources(extra, 2, 1);
        Run imp = cli(args("import", "--credentials", cred.toString(), DATA.toString(), extra.toString()));
        assertEquals(0, imp.code(), imp.err());
        List<String> before;
        try (RemoteStore s = store().build()) {
            before = nquads(s, Ids.GRAPH_BASE);
        }
        Run retract = cli(args("retract", "--credentials", cred.toString(), "gen-0001"));
        assertEquals(0, retract.code(), retract.err());
        assertTrue(retract.out().startsWith("retracted source gen-0001 from SPARQL endpoint "), retract.out());
        // What is left is what an embedded import of the rest gives, the derived graph included.
        Path rest = dir.resolve("rest");
        Files.createDirectories(rest);
        Files.copy(files.get(1), rest.resolve(files.get(1).getFileName()));
        try (RemoteStore s = store().build()) {
            assertSameQuads(embedded(Input.of(List.of(DATA, rest))), nquads(s, Ids.GRAPH_BASE), "after retract");
            assertFalse(inGraph(before, Ids.sourceGraph("gen-0001")).isEmpty());
            assertNotEquals(inGraph(before, Ids.DERIVED_GRAPH), inGraph(nquads(s, Ids.GRAPH_BASE), Ids.DERIVED_GRAPH),
                    "the derived graph lost what rested on gen-0001");
        }
        Run unknown = cli(args("retract", "--credentials", cred.toString(), "gen-0001"));
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().startsWith("parley: unknown source \"gen-0001\""), unknown.err());
        // Pruning: the bundled data alone drops the other generated source, in the same swap.
        Run prune = cli(args("import", "--credentials", cred.toString(), "--prune", DATA.toString()));
        assertEquals(0, prune.code(), prune.err());
        assertTrue(prune.out().contains("pruned source gen-0002"), prune.out());
        try (RemoteStore s = store().build()) {
            assertSameQuads(bundledEmbedded(), nquads(s, Ids.GRAPH_BASE), "after prune");
        }
        assertEquals(2, files.size());
    }

    @Test
    void theCliImportsAndQueriesWithCredentialsFromAFile() throws IOException {
        Path cred = credentialsFile(credentials().user() + ":" + credentials().password());
        Run imp = cli(args("import", "--credentials", cred.toString(), "data"));
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("into SPARQL endpoint"), imp.out());
        countRegions(dir, cred);
    }

    @Test
    void aWrongPasswordExitsWithThreeAndWritesNothing() throws IOException {
        List<String> before;
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            before = ours(s);
        }
        Path cred = credentialsFile(credentials().user() + ":not-" + credentials().password());
        Run r = cli(args("import", "--credentials", cred.toString(), "data"));
        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("parley: cannot "), r.err());
        assertTrue(r.err().contains("HTTP 401"), r.err());
        assertTrue(endpointOptions().stream().filter(o -> o.startsWith("http")).anyMatch(r.err()::contains), "names the endpoint: " + r.err());
        assertFalse(r.err().contains("not-" + credentials().password()), "the password stays secret");
        try (RemoteStore s = store().build()) {
            assertSameQuads(before, ours(s), "store after a refused import");
        }
    }

    @Test
    void anUpdateRequestIsAppliedAllOrNothingOnlyWhereTheServerSaysSo() {
        String kept = "<http://example.org/s> <http://example.org/p> \"kept\"";
        try (RemoteStore s = store().build(); RDFConnection c = s.connect()) {
            c.update("INSERT DATA { GRAPH <" + FOREIGN + "> { " + kept + " } }");
            // After a DROP and an INSERT, an operation fails as it runs: Fuseki refuses to ADD a
            // graph that does not exist; Virtuoso takes that as an empty graph but fails to LOAD
            // from a port where nothing listens.
            String request = "DROP SILENT GRAPH <" + FOREIGN + "> ;\n"
                    + "INSERT DATA { GRAPH <" + FOREIGN + "/2> { " + kept + " } } ;\n"
                    + "ADD GRAPH <" + FOREIGN + "/no-such-graph> TO GRAPH <" + FOREIGN + "/3> ;\n"
                    + "LOAD <http://127.0.0.1:1/nothing.ttl> INTO GRAPH <" + FOREIGN + "/4>";
            RuntimeException e = assertThrows(RuntimeException.class, () -> c.update(request));
            assertTrue(e instanceof HttpException && ((HttpException) e).getStatusCode() >= 400, "the server refused it: " + e);
            List<String> left = nquads(s, FOREIGN);
            if (updateRequestsAreAllOrNothing())
                assertEquals(List.of("<http://example.org/s> <http://example.org/p> \"kept\" <" + FOREIGN + "> ."), left);
            else
                assertEquals(List.of("<http://example.org/s> <http://example.org/p> \"kept\" <" + FOREIGN + "/2> ."), left,
                        "the operations before the failing one stay applied");
        }
    }

    /**
     * The derived graph the server computes with the rules is exactly the embedded store's for
     * the same input, after an import, a re-import with a change, a pruning and a retraction;
     * and {@code derive --check} through the endpoint agrees each time.
     */
    @Test
    void theDerivedGraphIsTheEmbeddedStoresAfterImportReimportPruneAndRetract() throws IOException {
        Path cred = credentialsFile(credentials().user() + ":" + credentials().password());
        Path data = copyOfTheData();
        Path extra = dir.resolve("extra");
        generateSources(extra, 2, 3);
        // A store is opened for each step: a CLI run between two steps closes the credentials it registered for the server.
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.of(List.of(data, extra)), Importer.DEFAULT_MAX_ERRORS);
        }
        assertSameDerived(embedded(Input.of(List.of(data, extra))), "import");
        assertChecked(cred);

        // A stance dated a day earlier: its dates change, and so may the timeline it is in.
        Path istanbul = data.resolve("sources/2025-05-16-istanbul-talks.json");
        String json = Files.readString(istanbul, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"statedOn\": \"2025-05-16\""));
        Files.writeString(istanbul, json.replaceFirst("\"statedOn\": \"2025-05-16\"", "\"statedOn\": \"2025-05-15\""),
                StandardCharsets.UTF_8);
        List<String> before = inGraph(stored(), Ids.DERIVED_GRAPH);
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.of(List.of(data, extra)), Importer.DEFAULT_MAX_ERRORS);
        }
        assertSameDerived(embedded(Input.of(List.of(data, extra))), "re-import with a change");
        assertNotEquals(before, inGraph(stored(), Ids.DERIVED_GRAPH), "the change reached the derived graph");
        assertChecked(cred);

        try (RemoteStore s = store().build()) {
            Importer.write(s, Importer.prepare(Input.of(List.of(data)), Importer.DEFAULT_MAX_ERRORS), true, Progress.NONE, System.nanoTime());
        }
        assertSameDerived(embedded(Input.of(List.of(data))), "prune");
        assertChecked(cred);

        try (RemoteStore s = store().build()) {
            Sources.retract(s, List.of("2025-04-ceasefire-lines"));
        }
        Files.delete(data.resolve("sources/2025-04-ceasefire-lines.json"));
        assertSameDerived(embedded(Input.of(List.of(data))), "retract");
        assertSameQuads(embedded(Input.of(List.of(data))), stored(), "retract: every graph");
        assertChecked(cred);
    }

    /** Parley's graphs on the server, read with a store of their own. */
    private List<String> stored() {
        try (RemoteStore s = store().build()) {
            return nquads(s, Ids.GRAPH_BASE);
        }
    }

    /** A hand edit on the server: SPARQL Update, as any tool might send. */
    private void edit(String update) {
        try (RemoteStore s = store().build(); RDFConnection c = s.connect()) {
            c.update(update);
        }
    }

    private void assertSameDerived(List<String> embedded, String what) {
        List<String> expected = inGraph(embedded, Ids.DERIVED_GRAPH);
        assertFalse(expected.isEmpty(), what + ": the embedded store derived something");
        assertSameQuads(expected, inGraph(stored(), Ids.DERIVED_GRAPH), what + ": derived graph, remote vs embedded");
    }

    private void assertChecked(Path cred) {
        Run check = cli(args("derive", "--check", "--credentials", cred.toString()));
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().startsWith("the derived graph of SPARQL endpoint "), check.out());
    }

    /** {@code derive --check} through the endpoint catches hand edits; {@code derive} repairs them. */
    @Test
    void deriveCheckThroughTheEndpointCatchesHandEditsAndDeriveRepairsThem() throws IOException {
        Path cred = credentialsFile(credentials().user() + ":" + credentials().password());
        String derived = Ids.DERIVED_GRAPH, istanbul = Ids.sourceGraph("2025-05-16-istanbul-talks");
        String ready = Ids.entity("stance", "ukraine-ready-for-meeting-with-putin");
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        }
        String removed = inGraph(bundledEmbedded(), derived).stream()
                .filter(q -> q.startsWith("<" + ready + "> ") && q.contains("#effectiveEnd>")).findFirst().orElseThrow();
        String added = "<" + ready + "> <https://w3id.org/parley/ontology#timelineStatus> \"forged\"";
        edit("INSERT DATA { GRAPH <" + derived + "> { " + added + " } }");
        edit("DELETE DATA { GRAPH <" + derived + "> { " + removed.substring(0, removed.lastIndexOf(" <")) + " } }");
        Run check = cli(args("derive", "--check", "--credentials", cred.toString()));
        assertEquals(4, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("; 1 missing, 1 unexpected"), check.out());
        assertTrue(check.out().contains("missing (derived, not stored): 1:\n  " + removed + "\n"), check.out());
        assertTrue(check.out().contains("unexpected (stored, not derived): 1:\n  " + added + " <" + derived + "> .\n"), check.out());
        Run derive = cli(args("derive", "--credentials", cred.toString()));
        assertEquals(0, derive.code(), derive.err());
        assertSameQuads(bundledEmbedded(), stored(), "after derive");

        // The data changed by hand, not derived again.
        edit("PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "DELETE { GRAPH <" + istanbul + "> { <" + ready + "> parley:statedOn ?d } }\n"
                + "INSERT { GRAPH <" + istanbul + "> { <" + ready + "> parley:statedOn \"2025-05-15\"^^<http://www.w3.org/2001/XMLSchema#date> } }\n"
                + "WHERE { GRAPH <" + istanbul + "> { <" + ready + "> parley:statedOn ?d } }");
        Run stale = cli(args("derive", "--check", "--credentials", cred.toString()));
        assertEquals(4, stale.code(), stale.out() + stale.err());
        assertTrue(stale.out().contains("<" + ready + "> <https://w3id.org/parley/ontology#effectiveEnd> \"2025-05-15\"^^"), stale.out());
        assertEquals(0, cli(args("derive", "--credentials", cred.toString())).code());
        Run again = cli(args("derive", "--check", "--credentials", cred.toString()));
        assertEquals(0, again.code(), again.out() + again.err());
    }

    /**
     * A remote store filled before the derived layer: {@code query} warns, naming {@code parley
     * derive}, and writes nothing; {@code derive} fills the derived graph as an import would.
     */
    @Test
    void aRemoteStoreFromBeforeTheDerivedLayerIsNamedNotWritten() throws IOException {
        Path cred = credentialsFile(credentials().user() + ":" + credentials().password());
        try (RemoteStore s = store().build()) {
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
        }
        // Virtuoso refuses DROP GRAPH (without SILENT) of a graph that INSERT created.
        edit("DROP SILENT GRAPH <" + Ids.DERIVED_GRAPH + ">");
        List<String> old = stored();
        assertEquals(notInGraph(bundledEmbedded(), Ids.DERIVED_GRAPH), old);
        Run q = countRegions(dir, cred);
        assertEquals(1, q.err().lines().count(), q.err());
        assertTrue(q.err().startsWith("parley: warning: SPARQL endpoint "), q.err());
        assertTrue(q.err().contains(" has no derived graph (it was filled before the derived layer, or the graph was dropped):"
                + " queries that read it answer nothing until 'parley derive --endpoint "), q.err());
        assertEquals(old, stored(), "nothing written");
        Run derive = cli(args("derive", "--credentials", cred.toString()));
        assertEquals(0, derive.code(), derive.err());
        assertSameQuads(bundledEmbedded(), stored(), "after derive");
        assertEquals("", countRegions(dir, cred).err());
    }

    /**
     * Literals in every datatype the mapper writes, given in JSON in several forms ({@code 1e2},
     * {@code 100}, {@code 62.10} …): after a re-import with changed values, a retraction and an
     * import again, Parley's graphs are exactly what a fresh import of the same input writes
     * into this store, and no staging graph remains.
     */
    @Test
    void reimportRetractAndImportAgainLeaveWhatAFreshImportWritesAndNoStagingGraph() throws IOException {
        Path a = literalForms(dir.resolve("a"), false), b = literalForms(dir.resolve("b"), true);
        String graph = Ids.sourceGraph("literal-forms");
        try (RemoteStore s = store().build()) {
            List<String> freshB = fresh(s, b), freshA = fresh(s, a), freshRest = fresh(s, a.resolve("reference"));
            assertNotEquals(inGraph(freshA, graph), inGraph(freshB, graph));
            Importer.run(s, Input.of(List.of(b)), Importer.DEFAULT_MAX_ERRORS);
            assertSameQuads(freshB, nquads(s, Ids.GRAPH_BASE), "re-import with changed values (staging graphs included)");
            Importer.run(s, Input.of(List.of(a)), Importer.DEFAULT_MAX_ERRORS);
            assertSameQuads(freshA, nquads(s, Ids.GRAPH_BASE), "re-import with the first values");
            Sources.retract(s, List.of("literal-forms"));
            // The derived graph loses what rested on the source: the store is what the rest of the input gives.
            assertSameQuads(freshRest, nquads(s, Ids.GRAPH_BASE), "retract");
            assertFalse(inGraph(freshA, Ids.DERIVED_GRAPH).isEmpty());
            Importer.run(s, Input.of(List.of(a)), Importer.DEFAULT_MAX_ERRORS);
            assertSameQuads(freshA, nquads(s, Ids.GRAPH_BASE), "import again");
        }
    }

    /**
     * Quads handed to {@link RemoteStore#replaceGraphs} directly, literals in forms a store
     * keeping numbers by value gives back otherwise ({@code "100"^^xsd:decimal}): replacing them
     * leaves exactly what writing the new quads into an empty graph leaves, and no staging graph.
     */
    @Test
    void replacingQuadsWhoseLiteralsAreInAnyFormLeavesNoStagingGraph() {
        String g = Ids.sourceGraph("literal-forms");
        List<org.apache.jena.sparql.core.Quad> first = literals(g, "100", "62.10", "+007", "2025-04-01");
        List<org.apache.jena.sparql.core.Quad> second = literals(g, "99.5", "0.50", "8", "2025-04-02");
        try (RemoteStore s = store().build()) {
            s.replaceGraphs(Set.of(g), sink -> second.forEach(sink));
            List<String> freshSecond = nquads(s, Ids.GRAPH_BASE);
            s.dropGraphs(Set.of(g));
            assertEquals(List.of(), nquads(s, Ids.GRAPH_BASE));
            s.replaceGraphs(Set.of(g), sink -> first.forEach(sink));
            assertEquals(4, nquads(s, Ids.GRAPH_BASE).size(), "staging graphs left: " + nquads(s, RemoteStore.STAGING_BASE));
            s.replaceGraphs(Set.of(g), sink -> second.forEach(sink));
            assertSameQuads(freshSecond, nquads(s, Ids.GRAPH_BASE), "replaced");
            s.dropGraphs(Set.of(g));
            assertEquals(List.of(), nquads(s, Ids.GRAPH_BASE), "dropped");
        }
    }

    /** A decimal, a decimal, an integer and a date, in the lexical forms given. */
    private static List<org.apache.jena.sparql.core.Quad> literals(String graph, String d1, String d2, String i, String date) {
        var g = org.apache.jena.graph.NodeFactory.createURI(graph);
        var s = org.apache.jena.graph.NodeFactory.createURI(Ids.entity("claim", "forms"));
        var types = List.of(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal,
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate);
        List<String> values = List.of(d1, d2, i, date);
        List<org.apache.jena.sparql.core.Quad> out = new ArrayList<>();
        for (int k = 0; k < 4; k++)
            out.add(org.apache.jena.sparql.core.Quad.create(g, s, org.apache.jena.graph.NodeFactory.createURI("http://example.org/p" + k),
                    org.apache.jena.graph.NodeFactory.createLiteralDT(values.get(k), types.get(k))));
        return out;
    }

    /** Parley's graphs after importing {@code data} into this store emptied first; checks that no staging graph is left. */
    private static List<String> fresh(RemoteStore s, Path data) {
        empty(s);
        Importer.run(s, Input.of(List.of(data)), Importer.DEFAULT_MAX_ERRORS);
        assertEquals(List.of(), nquads(s, RemoteStore.STAGING_BASE), "staging graphs after a fresh import");
        return nquads(s, Ids.GRAPH_BASE);
    }

    /** CLI arguments: the verb, the server's endpoint options, then {@code rest}. */
    String[] args(String verb, String... rest) {
        List<String> a = new ArrayList<>();
        a.add(verb);
        a.addAll(endpointOptions());
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    Path credentialsFile(String line) throws IOException {
        Path f = Files.createTempFile(dir, "cred", ".txt");
        Files.writeString(f, line + "\n");
        return f;
    }

    Path copyOfTheData() throws IOException {
        Path target = dir.resolve("data");
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(DATA.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return target;
    }

    /** The quads of Parley's graphs and of the foreign graph (not the server's own system graphs). */
    static List<String> ours(Store s) {
        List<String> out = new ArrayList<>(nquads(s, Ids.GRAPH_BASE));
        out.addAll(nquads(s, FOREIGN));
        out.sort(null);
        return out;
    }

    static List<String> inGraph(List<String> quads, String graph) {
        return quads.stream().filter(q -> q.endsWith(" <" + graph + "> .")).toList();
    }

    static List<String> notInGraph(List<String> quads, String graph) {
        return quads.stream().filter(q -> !q.endsWith(" <" + graph + "> .")).toList();
    }

    /** Runs {@code parley query} with a .rq file that counts the regions, and checks the answer: 6. */
    private Run countRegions(Path dir, Path cred) throws IOException {
        Path rq = dir.resolve("regions.rq");
        Files.writeString(rq, "PREFIX parley: <https://w3id.org/parley/ontology#>\n"
                + "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a parley:Region }");
        Run q = cli(args("query", "--credentials", cred.toString(), "--format", "csv", rq.toString()));
        assertEquals(0, q.code(), q.err());
        assertEquals("n\r\n6\r\n", q.out());
        return q;
    }
}
