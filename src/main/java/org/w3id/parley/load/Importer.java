package org.w3id.parley.load;

import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.json.CrossRecordRules;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The import of JSON input into a store: read every file strictly, check identities and
 * references across files, map to RDF, validate with SHACL — and only when all of that passes,
 * write to a store in one all-or-nothing step. Nothing is written when any file is wrong. The
 * passes, and why each file is read more than once, are described in the {@linkplain
 * org.w3id.parley.load package}.
 *
 * <pre>{@code
 * try (Store store = TdbStore.open(Path.of("parley-db"))) {
 *     ImportSummary s = Importer.run(store, Input.of(List.of(Path.of("data"))), Importer.DEFAULT_MAX_ERRORS);
 * }
 * }</pre>
 */
public final class Importer {
    /** Default cap on the problems collected before stopping. */
    public static final int DEFAULT_MAX_ERRORS = 100;

    private Importer() {}

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
        return CheckPass.run(inputs, maxErrors, progress);
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
     * Writes checked input to a store in one all-or-nothing step, replacing the graphs it defines
     * and recomputing the derived graph in the same step.
     *
     * @param store    the store
     * @param prepared input that passed {@link #read} or {@link #prepare}
     * @param prune    also drop, in the same step, every source graph of the store whose source is
     *                 not in the input
     * @param progress receives progress reports
     * @param started  {@link System#nanoTime()} when the import started, for the summary's time
     * @return what was written
     * @throws InvalidInputException when the input breaks a shape, or a file changed since it was
     *                               read; nothing is written
     * @throws RetractException      when graphs the write leaves alone refer to records only the
     *                               replaced graphs define; nothing is written
     */
    public static ImportSummary write(Store store, Prepared prepared, boolean prune, Progress progress, long started) {
        return WritePass.write(store, prepared, prune, progress, started);
    }

    /**
     * Input that passed the reading and checking passes ({@link Importer#read}), and the
     * validation too when {@link #validated()}: ready to write. It holds no quads: {@link #quads}
     * and {@link Importer#write} read the files again, verify that each is unchanged, and stream
     * its quads.
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

        Prepared(List<Unit> units, Labels labels, CrossRecordRules checker, Map<String, Integer> order, int maxErrors, boolean validated) {
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
         * Whether the input was validated with SHACL too ({@link Importer#prepare}); input only
         * read and checked ({@link Importer#read}) is validated while it is written.
         */
        public boolean validated() {
            return validated;
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
            WritePass.quads(this, sink, progress);
        }

        /** The same input, validated with SHACL; this one when it already is. */
        Prepared validate(Progress progress) {
            if (validated) return this;
            Set<Problem> violations = ValidatePass.all(this, progress);
            if (!violations.isEmpty()) throw invalid(violations);
            return new Prepared(units, labels, checker, order, maxErrors, true);
        }

        /** The exception that reports {@code problems}, sorted in input order, at most {@code maxErrors}. */
        InvalidInputException invalid(Collection<Problem> problems) {
            return new InvalidInputException(CheckPass.sorted(new ArrayList<>(problems), order, maxErrors));
        }

        List<Unit> units() {
            return units;
        }

        Labels labels() {
            return labels;
        }

        CrossRecordRules checker() {
            return checker;
        }

        int maxErrors() {
            return maxErrors;
        }
    }
}
