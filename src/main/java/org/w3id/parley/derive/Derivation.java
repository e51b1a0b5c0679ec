package org.w3id.parley.derive;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.w3id.parley.Bundled;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.StoreException;
import org.w3id.parley.store.TdbStore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The derived layer: answers that several analyses share (each stance's effective date, the
 * timeline of each holder on each target, …), computed once by the rules in
 * {@code ontology/rules/*.ru} into the graph {@value Ids#DERIVED_GRAPH}.
 *
 * <p>The rules are SPARQL Update files, run in the order of their names. Each reads the store's
 * default graph, the union of its named graphs (the derived graph included, so a rule reads
 * what earlier rules derived), and inserts into the derived graph only. {@link #request()} is
 * the derived graph dropped, then every rule: the importer and retraction run it in the same
 * write as the graphs they replace (see {@code Store.replaceGraphs(Set, Consumer, UpdateRequest)}),
 * embedded and on remote stores alike, so the derived graph never disagrees with the data.
 * The whole layer is recomputed each time: simpler than tracking what a change touches, and
 * measured fast enough (see the derived-layer page).
 *
 * <pre>{@code
 * try (Store store = TdbStore.open(Path.of("parley-db"))) {
 *     Derivation.Check check = Derivation.check(store);   // recomputed in memory, compared
 *     if (!check.equal()) Derivation.derive(store);        // recomputed in the store, one write
 * }
 * }</pre>
 */
public final class Derivation {
    /** The graph the rules write. */
    public static final String GRAPH = Ids.DERIVED_GRAPH;
    /** Where the rules are bundled. */
    static final String FOLDER = "parley/ontology/rules";

    private static volatile List<Rule> rules;

    private Derivation() {}

    /**
     * One rule file.
     *
     * @param name   the file name without {@code .ru}, e.g. {@code 10-stance-dating}
     * @param text   the file's text
     * @param update the text parsed
     */
    public record Rule(String name, String text, UpdateRequest update) {}

    /** The rules, in the order they run. */
    public static List<Rule> rules() {
        List<Rule> r = rules;
        if (r == null) {
            List<Rule> out = new ArrayList<>();
            for (Bundled.Entry e : Bundled.list(FOLDER, ".ru")) {
                String file = e.name().substring(e.name().lastIndexOf('/') + 1);
                String text = new String(e.bytes(), StandardCharsets.UTF_8);
                out.add(new Rule(file.substring(0, file.length() - ".ru".length()), text, UpdateFactory.create(text)));
            }
            if (out.isEmpty()) throw new IllegalStateException("no derivation rules bundled under " + FOLDER);
            rules = r = List.copyOf(out);
        }
        return r;
    }

    /** The derived graph dropped, then every rule in order: one request, to run in one write. */
    public static UpdateRequest request() {
        UpdateRequest r = new UpdateRequest();
        r.add(new UpdateDrop(NodeFactory.createURI(GRAPH), true));
        for (Rule rule : rules()) rule.update().getOperations().forEach(r::add);
        return r;
    }

    /**
     * Recomputes the derived graph of {@code store} in one write: the derived graph dropped and
     * every rule run, over the store as it is (embedded: one transaction; remote: one update
     * request). Repairs a derived graph edited by hand, or one a store made before the derived
     * layer lacks.
     */
    public static void derive(Store store) {
        Objects.requireNonNull(store, "store").replaceGraphs(Set.of(), sink -> {}, request());
    }

    /**
     * Whether {@code store} holds stances but no derived graph: it was filled before the derived
     * layer existed (or its derived graph was dropped by hand), and {@link #derive} fills it. A
     * store without stances derives nothing, so it is never reported.
     */
    public static boolean missing(Store store) {
        return store.read(c -> {
            try (QueryExecution has = c.newQuery().query(QueryRunner.resource(RemoteStore.class, "holds-graph"))
                    .substitution("g", ResourceFactory.createResource(GRAPH)).build()) {
                if (has.execAsk()) return false;
            }
            try (QueryExecution stances = c.query(QueryRunner.resource(Derivation.class, "has-stances"))) {
                return stances.execAsk();
            }
        });
    }

    /** The number of quads in the derived graph of {@code store}. */
    public static long size(Store store) {
        return Objects.requireNonNull(store, "store").read(c -> {
            try (QueryExecution qe = c.newQuery().query(QueryRunner.resource(Derivation.class, "graph-size"))
                    .substitution("graph", ResourceFactory.createResource(GRAPH)).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /**
     * The derived graph of {@code store} compared with the one the rules give for its data now:
     * Parley's graphs other than the derived one (and other than the staging graphs of a remote
     * import) are copied into an in-memory TDB2 store, the rules run there, and the two derived
     * graphs are compared quad for quad, terms exactly as the stores give them back. Nothing in
     * {@code store} is written.
     *
     * @param store the store to check, embedded or remote
     * @return the differences, empty when the stored derived graph is exact
     */
    public static Check check(Store store) {
        Objects.requireNonNull(store, "store");
        Node derived = NodeFactory.createURI(GRAPH);
        Set<Quad> stored = new HashSet<>();
        long copied;
        try (TdbStore memory = TdbStore.inMemory()) {
            DatasetGraph dsg = memory.datasetGraph();
            long[] n = {0};
            Txn.executeWrite(dsg, () -> read(store, null, q -> {
                if (q.getGraph().equals(derived)) stored.add(q);
                else {
                    dsg.add(q);
                    n[0]++;
                }
            }));
            copied = n[0];
            memory.replaceGraphs(Set.of(), sink -> {}, request());
            Set<Quad> expected = new HashSet<>();
            Txn.executeRead(dsg, () -> dsg.find(derived, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(expected::add));
            List<String> missing = lines(expected, stored), unexpected = lines(stored, expected);
            return new Check(copied, expected.size(), stored.size(), missing, unexpected);
        }
    }

    private static final Var G = Var.alloc("g"), S = Var.alloc("s"), P = Var.alloc("p"), O = Var.alloc("o");

    /** Streams the quads of Parley's graphs in {@code store} (or of one graph) to {@code sink}, read with one SELECT. */
    private static void read(Store store, Node graph, Consumer<Quad> sink) {
        store.read(c -> {
            try (QueryExecution exec = c.query(Dumper.allQuads(graph))) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    Binding row = rows.nextBinding();
                    Node g = row.get(G), s = row.get(S), p = row.get(P), o = row.get(O);
                    if (g == null || s == null || p == null || o == null)
                        throw new StoreException("the store answered a row without graph, subject, predicate or object: " + row);
                    sink.accept(Quad.create(g, s, p, o));
                }
            }
            return null;
        });
    }

    /** The quads of {@code a} that {@code b} lacks, as sorted N-Quads lines. */
    private static List<String> lines(Set<Quad> a, Set<Quad> b) {
        List<String> out = new ArrayList<>();
        for (Quad q : a)
            if (!b.contains(q))
                out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                        + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .");
        out.sort(null);
        return out;
    }

    /**
     * What {@link #check} found.
     *
     * @param copied     quads of the store's other Parley graphs, copied to derive from
     * @param expected   quads the rules derive from them
     * @param stored     quads in the store's derived graph
     * @param missing    derived quads the store lacks, as sorted N-Quads lines
     * @param unexpected quads in the store's derived graph that the rules do not derive, sorted
     */
    public record Check(long copied, long expected, long stored, List<String> missing, List<String> unexpected) {
        /** Copies the lists. */
        public Check {
            missing = List.copyOf(missing);
            unexpected = List.copyOf(unexpected);
        }

        /** Whether the stored derived graph is exactly the recomputed one. */
        public boolean equal() {
            return missing.isEmpty() && unexpected.isEmpty();
        }
    }
}
