package org.w3id.parley.api;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.parley.json.Checker;
import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.Reader;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.rdf.Mapper;
import org.w3id.parley.rdf.Origin;
import org.w3id.parley.store.Store;
import org.w3id.parley.validate.Ontology;
import org.w3id.parley.validate.ShaclCheck;

import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The import pipeline: read every file strictly, check identities and references across files,
 * map to RDF, validate with SHACL — and only when all of that passes, write to a store in one
 * all-or-nothing step. Nothing is written when any file is wrong.
 *
 * <p>Memory is bounded by the largest file, not by the input: the files are read in passes and
 * none keeps every record or quad.
 * <ol>
 *   <li><b>Reading</b>: each file is parsed and checked on its own; only its IDs, its pending
 *       references and a SHA-256 digest of its bytes are kept.</li>
 *   <li><b>Validating</b>: each file is mapped to its graph again and validated with SHACL in
 *       the context it needs: its own graph, the graphs of the files whose records it refers to,
 *       and the ontology. Only the file's own entities (the subjects of its graph) are focus
 *       nodes, so a file's pass costs what the file holds, however large the reference graphs
 *       beside it; each entity is checked once, in its own file's pass. The graphs of reference files (those
 *       without a {@code source}) are kept between files, since most files refer to them.
 *       This gives the same violations as validating the union because the shapes look only
 *       at an entity's own triples and the types and links of what it refers to; the inverse
 *       paths they use (holdsRole, hasProvision, binds, hasParticipation) join records nested
 *       in the same file. A shape that counted incoming links from other files would need
 *       the union instead.</li>
 *   <li><b>Writing</b> ({@link #write}): inside the store's single write transaction, each file
 *       is read a last time, checked against its digest (a file edited since it was validated
 *       aborts the import) and its quads are streamed into the store.</li>
 * </ol>
 */
public final class Importer {
    /** Default cap on the problems collected before stopping. */
    public static final int DEFAULT_MAX_ERRORS = 100;

    /** Quads between two progress reports while writing. */
    private static final int QUADS_PER_UPDATE = 5_000;

    private Importer() {}

    /** One input file that passed the reading checks. */
    private record Unit(Input input, int position, byte[] digest, String graph, int records) {}

    /** A file mapped to RDF: its triples (all in {@link Unit#graph}) and where each entity came from. */
    private record Mapped(Graph graph, Map<Node, Origin> origins) {}

    /**
     * Input that passed every check, ready to write. It holds no quads: {@link #quads} reads the
     * files again, verifies that each is unchanged, and streams its quads.
     */
    public static final class Prepared {
        private final List<Unit> units;
        private final int records;
        private final Set<String> graphs;

        private final Labels labels;

        private Prepared(List<Unit> units, Labels labels) {
            this.units = List.copyOf(units);
            this.labels = labels;
            this.records = units.stream().mapToInt(Unit::records).sum();
            Set<String> g = new TreeSet<>();
            g.add(Ids.ONTOLOGY_GRAPH);
            for (Unit u : units) g.add(u.graph());
            this.graphs = Set.copyOf(g);
        }

        /** Number of files. */
        public int files() {
            return units.size();
        }

        /** Number of records (objects with an ID, nested ones included). */
        public int records() {
            return records;
        }

        /** The named graphs this input replaces: the ontology graph and one per file's target graph. */
        public Set<String> graphs() {
            return new TreeSet<>(graphs);
        }

        /** Streams the quads (the ontology's, then each file's) to a sink. */
        public void quads(Consumer<Quad> sink) {
            quads(sink, Progress.NONE);
        }

        /**
         * Streams the quads (the ontology's, then each file's) to a sink, reporting progress.
         *
         * @throws InvalidInputException when a file changed since it was validated
         */
        public void quads(Consumer<Quad> sink, Progress progress) {
            long[] n = {0};
            long[] records = {0};
            int[] done = {0};
            Consumer<Quad> counting = q -> {
                sink.accept(q);
                if (++n[0] % QUADS_PER_UPDATE == 0)
                    progress.update(Progress.Phase.WRITING, done[0], units.size(), records[0], n[0]);
            };
            Node ontologyGraph = NodeFactory.createURI(Ids.ONTOLOGY_GRAPH);
            Ontology.bundled().ontology().find().forEachRemaining(t -> counting.accept(new Quad(ontologyGraph, t)));
            Reader reader = new Reader();
            for (Unit u : units) {
                InputFile f = reader.read(u.input().name(), reread(u));
                // A record can state the same triple twice (a label that is also its text):
                // emit each quad once, so the count is what the store holds.
                Set<Quad> seen = new HashSet<>();
                Mapper.map(f.document(), q -> {
                    if (seen.add(q)) counting.accept(q);
                }, (node, pointer) -> {}, labels);
                records[0] += u.records();
                progress.update(Progress.Phase.WRITING, ++done[0], units.size(), records[0], n[0]);
            }
        }
    }

    /** Reads and validates input without writing anywhere; see {@link #prepare(List, int, Progress)}. */
    public static Prepared prepare(List<Input> inputs, int maxErrors) {
        return prepare(inputs, maxErrors, Progress.NONE);
    }

    /**
     * Reads and validates input without writing anywhere.
     *
     * @param inputs    the files
     * @param maxErrors stop collecting after this many problems
     * @param progress  receives progress reports
     * @return the checked input, ready to write
     * @throws InvalidInputException with every problem found (up to {@code maxErrors}), sorted by
     *                               file (in input order), line and column
     */
    public static Prepared prepare(List<Input> inputs, int maxErrors, Progress progress) {
        if (maxErrors < 1) throw new IllegalArgumentException("Illegal maxErrors=" + maxErrors + ": must be at least 1");
        Ontology ontology = Ontology.bundled();
        Reader reader = new Reader();
        Checker checker = new Checker(ontology.paxSlugs());
        List<Problem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        boolean complete = true;
        long records = 0;
        // Labels of every record, so that generated labels name records of other files too.
        List<Labels> labels = new ArrayList<>();
        for (Input in : inputs) {
            order.putIfAbsent(in.name(), order.size());
            try {
                byte[] bytes = in.content().get();
                InputFile f = reader.read(in.name(), bytes);
                int position = checker.add(f);
                labels.add(Labels.of(f.document()));
                units.add(new Unit(in, position, sha256(bytes), Mapper.graphOf(f.document()), checker.records(position)));
                records += checker.records(position);
            } catch (UncheckedIOException e) {
                problems.add(new Problem(in.name(), 0, 0, null, "io", e.getMessage()));
                complete = false;
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                complete = false;
            }
            progress.update(Progress.Phase.READING, order.size(), inputs.size(), records, 0);
            if (problems.size() + checker.problemCount() >= maxErrors) {
                complete = complete && order.size() == inputs.size();
                break;
            }
        }
        problems.addAll(checker.finish(complete));
        if (!problems.isEmpty()) throw new InvalidInputException(sorted(problems, order, maxErrors));

        Labels all = Labels.merge(labels);
        Set<Problem> violations = validate(units, checker, ontology, all, maxErrors, progress);
        if (!violations.isEmpty()) throw new InvalidInputException(sorted(new ArrayList<>(violations), order, maxErrors));
        return new Prepared(units, all);
    }

    /** Maps and validates each file in the context of the files it refers to. */
    private static Set<Problem> validate(List<Unit> units, Checker checker, Ontology ontology, Labels labels, int maxErrors,
                                         Progress progress) {
        ShaclCheck shacl = ShaclCheck.bundled();
        Reader reader = new Reader();
        Map<Integer, Mapped> kept = new HashMap<>();
        Set<Problem> violations = new LinkedHashSet<>();
        long records = 0;
        for (Unit u : units) {
            Mapped own = mapped(u, reader, kept, labels);
            MultiUnion context = new MultiUnion();
            context.addGraph(own.graph());
            Set<Node> foreign = new HashSet<>();
            for (int d : checker.dependencies(u.position())) {
                Mapped dep = mapped(units.get(d), reader, kept, labels);
                context.addGraph(dep.graph());
                foreign.addAll(dep.origins().keySet());
            }
            context.addGraph(ontology.ontology());
            violations.addAll(shacl.checkNodes(context, subjects(own.graph()), own.origins(), foreign));
            records += u.records();
            progress.update(Progress.Phase.VALIDATING, u.position() + 1, units.size(), records, 0);
            if (violations.size() >= maxErrors) break;
        }
        return violations;
    }

    /** The distinct subjects of a graph: a file's own entities, the only focus nodes its pass checks. */
    private static Set<Node> subjects(Graph g) {
        Set<Node> out = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /** Maps a file, keeping the result when it is a reference file (most files refer to those). */
    private static Mapped mapped(Unit u, Reader reader, Map<Integer, Mapped> kept, Labels labels) {
        Mapped m = kept.get(u.position());
        if (m != null) return m;
        InputFile f = reader.read(u.input().name(), reread(u));
        Graph g = GraphFactory.createGraphMem();
        Map<Node, Origin> origins = new HashMap<>();
        Mapper.map(f.document(), q -> g.add(q.asTriple()), (node, pointer) -> {
            int[] at = f.index().locate(pointer);
            origins.putIfAbsent(node, new Origin(f.name(), pointer, at[0], at[1]));
        }, labels);
        m = new Mapped(g, origins);
        if (!f.document().hasSource()) kept.put(u.position(), m);
        return m;
    }

    /**
     * Validates and then writes input to a store, replacing the graphs it defines.
     *
     * @throws InvalidInputException when the input is wrong; the store is untouched
     */
    public static ImportSummary run(Store store, List<Input> inputs, int maxErrors) {
        long t0 = System.nanoTime();
        Prepared p = prepare(inputs, maxErrors);
        return write(store, p, false, Progress.NONE, t0);
    }

    /**
     * Writes checked input to a store in one all-or-nothing step, replacing the graphs it defines.
     *
     * @param store    the store
     * @param prepared input that passed {@link #prepare}
     * @param prune    also drop, in the same step, every source graph of the store whose source is
     *                 not in the input
     * @param progress receives progress reports
     * @param started  {@link System#nanoTime()} when the import started, for the summary's time
     * @return what was written
     * @throws InvalidInputException when a file changed since it was validated; nothing is written
     */
    public static ImportSummary write(Store store, Prepared prepared, boolean prune, Progress progress, long started) {
        Set<String> graphs = prepared.graphs();
        Set<String> pruned = new TreeSet<>();
        if (prune)
            for (String g : store.graphs())
                if (Ids.sourceSlugOf(g) != null && !graphs.contains(g)) pruned.add(g);
        Set<String> replaced = new TreeSet<>(graphs);
        replaced.addAll(pruned);
        long[] n = {0};
        try {
            store.replaceGraphs(replaced, sink -> prepared.quads(q -> {
                sink.accept(q);
                n[0]++;
            }, progress));
        } catch (RuntimeException e) {
            // A file edited after validation aborts the write: report it as the input problem it is.
            for (Throwable c = e; c != null; c = c.getCause())
                if (c instanceof InvalidInputException iie) throw iie;
            throw e;
        }
        return new ImportSummary(prepared.files(), prepared.records(), n[0], graphs, pruned,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** A file's bytes again, failing when they differ from those that were checked. */
    private static byte[] reread(Unit u) {
        byte[] bytes;
        try {
            bytes = u.input().content().get();
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(List.of(new Problem(u.input().name(), 0, 0, null, "io", e.getMessage())));
        }
        if (!Arrays.equals(sha256(bytes), u.digest()))
            throw new InvalidInputException(List.of(new Problem(u.input().name(), 0, 0, null, "io",
                    "the file changed while it was being imported; import it again")));
        return bytes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Problems in input order, then by line and column; at most {@code max}. */
    private static List<Problem> sorted(List<Problem> problems, Map<String, Integer> order, int max) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.<Problem>comparingInt(p -> order.getOrDefault(p.file(), Integer.MAX_VALUE))
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return out.size() <= max ? out : new ArrayList<>(out.subList(0, max));
    }
}
