package org.w3id.parley.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.w3id.parley.ParleyException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.load.Importer.Prepared;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.validate.Ontology;
import org.w3id.parley.validate.ShapeValidator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The validating pass: each file mapped to RDF and validated with SHACL in the context it needs —
 * its own graph, the graphs of the files whose records it refers to, and the ontology. Only the
 * file's own entities (the subjects of its graph) are focus nodes, so a file costs what it holds,
 * however large the graphs beside it, and each entity is checked once, in its own file's turn.
 * The graphs of reference files (those without a {@code source}) are kept between files, since
 * most files refer to them.
 *
 * <p>This gives the violations that validating the union would give because the shapes look only
 * at an entity's own triples and at the types and links of what it refers to; the inverse paths
 * they use (holdsRole, hasProvision, binds, hasParticipation) join records nested in the same
 * file. A shape that counted incoming links from other files would need the union instead.
 *
 * <p>It runs either before the write ({@link #all}), files a few at a time on helper threads, or
 * beside a transactional write ({@link Alongside}).
 */
final class ValidatePass {
    private final Prepared input;
    private final ShapeValidator shacl = ShapeValidator.bundled();
    /** Mapped reference files, by checker position. */
    private final Map<Integer, Mapped> kept;

    private ValidatePass(Prepared input, Map<Integer, Mapped> kept) {
        this.input = input;
        this.kept = kept;
    }

    /**
     * Validates every file, a few at a time, stopping once {@code maxErrors} violations are found.
     *
     * @return the violations, in input order; empty when the input conforms
     */
    static Set<Problem> all(Prepared input, Progress progress) {
        ValidatePass pass = new ValidatePass(input, new ConcurrentHashMap<>());
        ThreadLocal<InputReader> readers = ThreadLocal.withInitial(InputReader::new);
        List<Unit> units = input.units();
        Set<Problem> violations = new LinkedHashSet<>();
        long records = 0;
        try (Window<List<Problem>> results = new Window<>("parley-validate", units.size(), i -> () -> {
            InputReader reader = readers.get();
            return pass.check(pass.mapped(units.get(i), reader), units.get(i), reader);
        })) {
            for (int i = 0; i < units.size(); i++) {
                violations.addAll(results.take(i));
                records += units.get(i).records();
                progress.update(Progress.Phase.VALIDATING, i + 1, units.size(), records, 0);
                if (violations.size() >= input.maxErrors()) break;
            }
        }
        return violations;
    }

    /** Maps a file, or takes the kept graph of a reference file. */
    private Mapped mapped(Unit u, InputReader reader) {
        Mapped m = kept.get(u.position());
        if (m != null) return m;
        m = Mapped.of(u, reader, input.labels(), true);
        if (u.graph().equals(Ids.REFERENCE_GRAPH)) kept.put(u.position(), m);
        return m;
    }

    /** Validates one mapped file in the context of the files it refers to and the ontology. */
    private List<Problem> check(Mapped own, Unit u, InputReader reader) {
        MultiUnion context = new MultiUnion();
        context.addGraph(own.graph());
        Set<Node> foreign = new HashSet<>();
        for (int d : input.checker().dependencies(u.position())) {
            Mapped dep = mapped(input.units().get(d), reader);
            context.addGraph(dep.graph());
            foreign.addAll(dep.origins().keySet());
        }
        context.addGraph(Ontology.bundled().ontology());
        return shacl.checkNodes(context, subjects(own.graph()), own.origins(), foreign);
    }

    /** The distinct subjects of a graph: a file's own entities, the only focus nodes its turn checks. */
    private static Set<Node> subjects(Graph g) {
        Set<Node> out = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    /**
     * Validation beside a transactional write: one helper thread reads and maps each file in input
     * order, hands its graph to the writer ({@link #next}), then validates it while the writer
     * writes, a few files ahead at most. The transaction that received the graphs must abort when
     * {@link #finish} throws.
     */
    static final class Alongside implements AutoCloseable {
        private final Prepared input;
        private final BlockingQueue<Mapped> ready = new ArrayBlockingQueue<>(4);
        private final Set<Problem> violations = ConcurrentHashMap.newKeySet();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ExecutorService worker = Executors.newSingleThreadExecutor(Window.daemon("parley-validate"));
        private final Future<?> work;

        /** Starts the helper thread. */
        Alongside(Prepared input) {
            this.input = input;
            ValidatePass pass = new ValidatePass(input, new HashMap<>());
            work = worker.submit(() -> {
                InputReader reader = new InputReader();
                for (Unit u : input.units()) {
                    if (stop.get()) return null;
                    Mapped own = pass.mapped(u, reader);
                    ready.put(own);
                    violations.addAll(pass.check(own, u, reader));
                }
                return null;
            });
        }

        /** The graph of the next file, in input order, or the helper's failure. */
        Graph next() {
            try {
                while (true) {
                    Mapped m = ready.poll(100, TimeUnit.MILLISECONDS);
                    if (m != null) return m.graph();
                    if (work.isDone()) {
                        m = ready.poll();
                        if (m != null) return m.graph();
                        Window.result(work);
                        throw new ParleyException("the validating thread stopped early; nothing was written");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImportInterruptedException("interrupted while importing; nothing was written", e);
            }
        }

        /** Whether {@code maxErrors} violations are found: the writer can stop. */
        boolean enough() {
            return violations.size() >= input.maxErrors();
        }

        /**
         * Waits for the last validation (unless enough violations are found already).
         *
         * @throws org.w3id.parley.json.InvalidInputException with the violations, or when a file
         *                                                    changed since it was read
         */
        void finish() {
            if (!enough()) Window.result(work);
            if (!violations.isEmpty()) throw input.invalid(violations);
        }

        /** Stops the helper thread. */
        @Override
        public void close() {
            stop.set(true);
            ready.clear();
            worker.shutdownNow();
        }
    }
}
