package org.w3id.parley.api;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.parley.ParleyException;
import org.w3id.parley.json.CrossRecordRules;
import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.derive.Derivation;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.rdf.Mapper;
import org.w3id.parley.rdf.Origin;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import org.w3id.parley.validate.Ontology;
import org.w3id.parley.validate.ShapeValidator;

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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /** Threads that parse or validate files: one a core, two at most (memory grows with each). */
    private static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /** Files parsed or validated ahead of the one whose result is taken, at most. */
    private static final int AHEAD = 8;

    /** A file parsed (not yet checked against the others) and the digest of its bytes. */
    private record Parsed(InputFile file, byte[] digest) {
        static Parsed of(Input in, InputReader reader) {
            byte[] bytes = in.content().get();
            return new Parsed(reader.read(in.name(), bytes), sha256(bytes));
        }
    }

    /** Threads for the importer's helpers: named, and never keeping the JVM alive. */
    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

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
        private final CrossRecordRules checker;
        private final Map<String, Integer> order;
        private final int maxErrors;
        private final boolean validated;

        private Prepared(List<Unit> units, Labels labels, CrossRecordRules checker, Map<String, Integer> order, int maxErrors,
                         boolean validated) {
            this.units = List.copyOf(units);
            this.labels = labels;
            this.checker = checker;
            this.order = order;
            this.maxErrors = maxErrors;
            this.validated = validated;
            this.records = units.stream().mapToInt(Unit::records).sum();
            Set<String> g = new TreeSet<>();
            g.add(Ids.ONTOLOGY_GRAPH);
            for (Unit u : units) g.add(u.graph());
            this.graphs = Set.copyOf(g);
        }

        /**
         * Whether the input was validated with SHACL too ({@link #prepare}); input only read and
         * checked ({@link #read}) is validated while it is written.
         */
        public boolean validated() {
            return validated;
        }

        /** The same input, validated with SHACL; this one when it already is. */
        Prepared validate(Progress progress) {
            if (validated) return this;
            Set<Problem> violations = Importer.validate(units, checker, labels, maxErrors, progress);
            if (!violations.isEmpty()) throw new InvalidInputException(sorted(new ArrayList<>(violations), order, maxErrors));
            return new Prepared(units, labels, checker, order, maxErrors, true);
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
            InputReader reader = new InputReader();
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

        /**
         * Streams the quads like {@link #quads(Consumer, Progress)}, with a second thread that reads,
         * maps and validates each file with SHACL ahead of the writer: the calling thread only
         * writes. Meant for a transactional write: when a file breaks a shape, this throws after
         * the last file (or once {@code maxErrors} violations are found), and the transaction that
         * received the quads must abort.
         *
         * @throws InvalidInputException with the violations, or when a file changed since it was read
         */
        void quadsValidating(Consumer<Quad> sink, Progress progress) {
            Node ontologyGraph = NodeFactory.createURI(Ids.ONTOLOGY_GRAPH);
            long[] n = {0};
            long[] records = {0};
            int[] done = {0};
            Consumer<Quad> counting = q -> {
                sink.accept(q);
                if (++n[0] % QUADS_PER_UPDATE == 0) progress.update(Progress.Phase.WRITING, done[0], units.size(), records[0], n[0]);
            };
            Ontology.bundled().ontology().find().forEachRemaining(t -> counting.accept(new Quad(ontologyGraph, t)));

            // The worker hands each mapped file over in input order; a few files ahead at most.
            BlockingQueue<Mapped> ready = new ArrayBlockingQueue<>(4);
            Set<Problem> violations = ConcurrentHashMap.newKeySet();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService worker = Executors.newSingleThreadExecutor(daemon("parley-validate"));
            Future<?> work = worker.submit(() -> {
                ShapeValidator shacl = ShapeValidator.bundled();
                InputReader reader = new InputReader();
                Map<Integer, Mapped> kept = new HashMap<>();
                for (Unit u : units) {
                    if (stop.get()) return null;
                    Mapped own = mapped(u, reader, kept, labels);
                    ready.put(own);
                    violations.addAll(check(shacl, own, u, units, checker, reader, kept, labels));
                }
                return null;
            });
            try {
                for (Unit u : units) {
                    Mapped own = next(ready, work);
                    Node graph = NodeFactory.createURI(u.graph());
                    own.graph().find().forEachRemaining(t -> counting.accept(new Quad(graph, t)));
                    records[0] += u.records();
                    progress.update(Progress.Phase.WRITING, ++done[0], units.size(), records[0], n[0]);
                    if (violations.size() >= maxErrors) break;
                }
                if (violations.size() < maxErrors) result(work);
            } finally {
                stop.set(true);
                ready.clear();
                worker.shutdownNow();
            }
            if (!violations.isEmpty()) throw new InvalidInputException(sorted(new ArrayList<>(violations), order, maxErrors));
        }
    }

    /** The next mapped file from the worker, or the worker's failure. */
    private static Mapped next(BlockingQueue<Mapped> ready, Future<?> work) {
        try {
            while (true) {
                Mapped m = ready.poll(100, TimeUnit.MILLISECONDS);
                if (m != null) return m;
                if (work.isDone()) {
                    m = ready.poll();
                    if (m != null) return m;
                    result(work);
                    throw new ParleyException("the validating thread stopped early; nothing was written");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException("interrupted while importing; nothing was written", e);
        }
    }

    /** Validates one mapped file in the context of the files it refers to and the ontology. */
    private static List<Problem> check(ShapeValidator shacl, Mapped own, Unit u, List<Unit> units, CrossRecordRules checker,
                                       InputReader reader, Map<Integer, Mapped> kept, Labels labels) {
        MultiUnion context = new MultiUnion();
        context.addGraph(own.graph());
        Set<Node> foreign = new HashSet<>();
        for (int d : checker.dependencies(u.position())) {
            Mapped dep = mapped(units.get(d), reader, kept, labels);
            context.addGraph(dep.graph());
            foreign.addAll(dep.origins().keySet());
        }
        context.addGraph(Ontology.bundled().ontology());
        return shacl.checkNodes(context, subjects(own.graph()), own.origins(), foreign);
    }

    /** Waits for a task and returns its result, rethrowing its failure. */
    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException("interrupted while validating; nothing was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new ParleyException("validation failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Reads and checks input — syntax, structure, identities, references across files — without
     * the SHACL validation, which {@link #write} then runs while it writes to a transactional store
     * (and before it writes to any other). Meant for imports: the store is opened only once the
     * input has passed these checks.
     *
     * @throws InvalidInputException with every problem found (up to {@code maxErrors})
     */
    public static Prepared read(List<Input> inputs, int maxErrors, Progress progress) {
        if (maxErrors < 1) throw new IllegalArgumentException("Illegal maxErrors=" + maxErrors + ": must be at least 1");
        CrossRecordRules checker = new CrossRecordRules(Ontology.bundled().paxSlugs());
        List<Problem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<String, Integer> order = new HashMap<>();
        boolean complete = true;
        long records = 0;
        // Labels of every record, so that generated labels name records of other files too.
        List<Labels> labels = new ArrayList<>();
        // Files are parsed on every core, a bounded window ahead; they are checked in input order.
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon("parley-read"));
        ThreadLocal<InputReader> readers = ThreadLocal.withInitial(InputReader::new);
        List<Future<Parsed>> parsed = new ArrayList<>(inputs.size());
        try {
            for (int i = 0; i < inputs.size(); i++) {
                while (parsed.size() < inputs.size() && parsed.size() <= i + AHEAD) {
                    Input next = inputs.get(parsed.size());
                    parsed.add(pool.submit(() -> Parsed.of(next, readers.get())));
                }
                Input in = inputs.get(i);
                order.putIfAbsent(in.name(), order.size());
                try {
                    Parsed p = result(parsed.get(i));
                    parsed.set(i, null);
                    int position = checker.add(p.file());
                    labels.add(Labels.of(p.file().document()));
                    units.add(new Unit(in, position, p.digest(), Mapper.graphOf(p.file().document()), checker.records(position)));
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
        } finally {
            pool.shutdownNow();
        }
        problems.addAll(checker.finish(complete));
        if (!problems.isEmpty()) throw new InvalidInputException(sorted(problems, order, maxErrors));

        return new Prepared(units, Labels.merge(labels), checker, order, maxErrors, false);
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
        return read(inputs, maxErrors, progress).validate(progress);
    }

    /** Maps and validates each file in the context of the files it refers to. */
    private static Set<Problem> validate(List<Unit> units, CrossRecordRules checker, Labels labels, int maxErrors,
                                         Progress progress) {
        ShapeValidator shacl = ShapeValidator.bundled();
        ThreadLocal<InputReader> readers = ThreadLocal.withInitial(InputReader::new);
        Map<Integer, Mapped> kept = new ConcurrentHashMap<>();
        Set<Problem> violations = new LinkedHashSet<>();
        long records = 0;
        // Files are validated on every core, a bounded window ahead; results are taken in input order.
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, daemon("parley-validate"));
        List<Future<List<Problem>>> results = new ArrayList<>(units.size());
        try {
            for (int i = 0; i < units.size(); i++) {
                while (results.size() < units.size() && results.size() <= i + AHEAD) {
                    Unit next = units.get(results.size());
                    results.add(pool.submit(() -> {
                        InputReader reader = readers.get();
                        return check(shacl, mapped(next, reader, kept, labels), next, units, checker, reader, kept, labels);
                    }));
                }
                violations.addAll(result(results.get(i)));
                results.set(i, null);
                records += units.get(i).records();
                progress.update(Progress.Phase.VALIDATING, i + 1, units.size(), records, 0);
                if (violations.size() >= maxErrors) break;
            }
        } finally {
            pool.shutdownNow();
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
    private static Mapped mapped(Unit u, InputReader reader, Map<Integer, Mapped> kept, Labels labels) {
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
        Prepared p = read(inputs, maxErrors, Progress.NONE);
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
        boolean pipelined = !prepared.validated() && store.transactional();
        Prepared input = pipelined ? prepared : prepared.validate(progress);
        Set<String> graphs = input.graphs();
        // The store's graphs are listed once (a scan on a remote store), and only when needed.
        Set<String> stored = prune || graphs.contains(Ids.REFERENCE_GRAPH) ? store.graphs() : Set.of();
        Set<String> pruned = new TreeSet<>();
        if (prune)
            for (String g : stored)
                if (Ids.sourceSlugOf(g) != null && !graphs.contains(g)) pruned.add(g);
        Set<String> replaced = new TreeSet<>(graphs);
        replaced.addAll(pruned);
        refuseDangling(store, stored, replaced, input.checker.defined());
        long[] n = {0};
        try {
            store.replaceGraphs(replaced, sink -> {
                Consumer<Quad> counting = q -> {
                    sink.accept(q);
                    n[0]++;
                };
                if (pipelined) input.quadsValidating(counting, progress);
                else input.quads(counting, progress);
            }, Derivation.request());
        } catch (RuntimeException e) {
            // A file edited after validation aborts the write: report it as the input problem it is;
            // likewise an interruption, after the store rolled the write back.
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof InvalidInputException iie) throw iie;
                if (c instanceof ImportInterruptedException iie) throw iie;
            }
            throw e;
        }
        return new ImportSummary(input.files(), input.records(), n[0], graphs, pruned,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Refuses a write after which a graph it leaves alone would refer to records that only the
     * graphs it replaces defined — importing the parties' reference file alone, say, would drop
     * the regions and persons that the stored sources name. Checked only when the store holds
     * Parley graphs outside {@code replaced}.
     *
     * @throws RetractException naming the records and who refers to them; nothing is written
     */
    private static void refuseDangling(Store store, Set<String> stored, Set<String> replaced, Set<String> defined) {
        // Only the reference graph, which every reference file shares, is checked: a source's
        // graph holds what one source says, and a query over every replaced graph would name
        // hundreds of graphs, which remote stores answer slowly or refuse.
        if (!replaced.contains(Ids.REFERENCE_GRAPH)) return;
        boolean others = false;
        for (String g : stored)
            if (g.startsWith(Ids.GRAPH_BASE) && !g.startsWith(RemoteStore.STAGING_BASE) && !replaced.contains(g)) others = true;
        if (!others) return;
        // The ontology graph is rewritten with the same terms and concepts (the PA-X categories among them).
        Set<String> gone = new TreeSet<>(replaced);
        gone.remove(Ids.ONTOLOGY_GRAPH);
        List<String> dangling = Sources.dangling(store, Set.of(Ids.REFERENCE_GRAPH), gone,
                iri -> !iri.startsWith(Ids.ID_BASE) || defined.contains(iri.substring(Ids.ID_BASE.length())));
        if (!dangling.isEmpty())
            throw new RetractException("cannot import: graphs outside the input refer to records that the input no longer"
                    + " defines, and the import would remove them; import the files that define them too (or remove the"
                    + " references first); nothing was written. " + String.join("; ", dangling));
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
