package org.w3id.parley.dump;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.StoreException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a Parley dataset as RDF: the whole dataset or one named graph, in any
 * {@link DumpFormat}, byte for byte the same for the same data.
 *
 * <pre>{@code
 * Dumper dumper = Dumper.create(store.datasetGraph()).build();
 * dumper.write(DumpFormat.TURTLE, Path.of("parley.ttl.gz"));     // gzip: the name ends in .gz
 * dumper.writeAll(Path.of("dumps"));                             // every format + description.ttl
 * Dumper.create(dsg).graph(Dumper.graphIri("reference")).build().write(DumpFormat.NQUADS, System.out);
 * Dumper.create(RemoteStore.at("http://localhost:3030/parley").build()).build().writeAll(Path.of("dumps")); // a running server
 * }</pre>
 *
 * <p><b>How.</b> One read of the store — a read transaction of a dataset, or one SPARQL SELECT
 * of a {@link Store} ({@link #create(Store)}) — streams its quads into an external sort (at most
 * {@link Builder#sortBuffer} lines in memory, the rest in temporary files), keyed by the
 * N-Triples form of graph, subject, predicate and object — so the order depends only on the
 * data, never on how or in which order it was loaded. N-Triples and N-Quads are then written
 * line by line from the merge; Turtle, TriG, JSON-LD and RDF/XML hold one subject of one graph
 * at a time. Formats without named graphs get the union (each triple once), sorted the same way.
 *
 * <p><b>Description.</b> {@link #writeAll} writes the dataset's VoID and DCAT description
 * beside the dumps, as {@value #DESCRIPTION_FILE}; no dump contains it. A dump holds the data
 * and nothing else, so a consumer that loads the file named by {@code void:dataDump} gets exactly
 * the {@code void:triples} the description announces, and the same triples the SPARQL endpoint
 * answers over. Counting needs one more pass over the sorted union, and memory for one entry per
 * property, class, graph and source.
 */
public final class Dumper {
    /** Where the description says the dump files are published, unless told otherwise. */
    public static final String DEFAULT_DUMP_BASE = "https://w3id.org/parley/dump/";
    /** Lines held in memory by each sort before spilling to a temporary file. */
    public static final int DEFAULT_SORT_BUFFER = 50_000;
    /** The name of the description file {@link #writeAll} writes beside the dumps. */
    public static final String DESCRIPTION_FILE = "description.ttl";
    /**
     * The IRI that names the description as a graph: it is published as {@value #DESCRIPTION_FILE},
     * not held in the store or in the dumps, and a deployment redirects this IRI to that file.
     */
    public static final String DESCRIPTION_GRAPH = Description.GRAPH;
    /** The IRI of the dataset the description describes. */
    public static final String DATASET = Description.DATASET;

    private final QuadSource source;
    private final String graph;
    private final Description.Settings settings;
    private final int sortBuffer;
    private final Path tempDir;

    private Dumper(Builder b) {
        this.source = b.source;
        this.graph = b.graph;
        this.settings = new Description.Settings(b.endpoint, b.dumpBase, b.modified == null ? null : b.modified.toString());
        this.sortBuffer = b.sortBuffer;
        this.tempDir = b.tempDir;
    }

    /** A builder for dumps of {@code dsg} (any transactional dataset: TDB2 or in-memory), read directly from its indexes. */
    public static Builder create(DatasetGraph dsg) {
        return new Builder(datasetSource(Objects.requireNonNull(dsg, "dataset")));
    }

    /**
     * A builder for dumps of any {@link Store}, read through SPARQL: a {@link RemoteStore} such as
     * a running {@code parley serve}, whose TDB2 database another process cannot open. The dump is
     * byte for byte the one of the same data read directly, given the same settings; the store's
     * graphs outside {@value Ids#GRAPH_BASE} and staging graphs are left out. Limits: the store
     * must answer one SELECT of every quad within its query timeout (raise {@code serve
     * --query-timeout} for stores of millions of quads; a cut answer fails the dump, nothing is
     * written), and blank nodes, which Parley's data does not use, get new labels on each read.
     * For an embedded store, {@link #create(DatasetGraph)} of its dataset reads faster.
     */
    public static Builder create(Store store) {
        return new Builder(storeSource(Objects.requireNonNull(store, "store")));
    }

    /**
     * The graph IRI a short name stands for: {@code reference}, {@code ontology}, {@code derived}, a source id
     * (e.g. {@code 2025-04-ceasefire-lines}) or a full IRI.
     */
    public static String graphIri(String name) {
        Objects.requireNonNull(name, "graph");
        if (name.isBlank()) throw new IllegalArgumentException("Illegal graph='': give reference, ontology, derived, a source id or an IRI");
        if (name.equals("reference")) return Ids.REFERENCE_GRAPH;
        if (name.equals("ontology")) return Ids.ONTOLOGY_GRAPH;
        if (name.equals("derived")) return Ids.DERIVED_GRAPH;
        if (name.contains(":")) return absolute(name, "graph");
        if (!name.matches("[a-z0-9][a-z0-9-]*"))
            throw new IllegalArgumentException("Illegal graph=" + name + ": give reference, ontology, derived, a source id (lower case, digits, '-') or an IRI");
        return Ids.sourceGraph(name);
    }

    /** Writes one format to a stream (left open). */
    public DumpSummary write(DumpFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        try (Snapshot snap = snapshot(format.namedGraphs(), !format.namedGraphs(), false)) {
            return new DumpSummary(format, graph, emit(snap, format, out));
        } catch (IOException e) {
            throw new DumpException("cannot write the " + format.title() + " dump: " + e.getMessage(), e);
        }
    }

    /** Writes one format to a file, gzipped when its name ends in {@code .gz}; a failed write leaves no file. */
    public DumpSummary write(DumpFormat format, Path file) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        try (Snapshot snap = snapshot(format.namedGraphs(), !format.namedGraphs(), false)) {
            long[] n = new long[1];
            writeFile(file, os -> n[0] = emit(snap, format, os));
            return new DumpSummary(format, graph, n[0]);
        }
    }

    /**
     * Writes every format into {@code dir} ({@code parley.nq}, {@code parley.ttl}, …) from one
     * snapshot of the store, and {@value #DESCRIPTION_FILE}: the description with each file's
     * byte size and SHA-256 checksum (which a file cannot carry about itself). Only for the whole
     * dataset.
     *
     * @return the files written, in {@link DumpFormat} order (the description file not included)
     */
    public List<Distribution> writeAll(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (graph != null) throw new IllegalStateException("writeAll dumps the whole dataset: build the Dumper without graph(...)");
        List<Distribution> out = new ArrayList<>();
        // The store is read first: a store that cannot be read leaves no folder and no file behind.
        try (Snapshot snap = snapshot(true, true, true)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new DumpException("cannot create " + dir + ": " + e.getMessage(), dir, e);
            }
            for (DumpFormat f : DumpFormat.values()) {
                Path file = dir.resolve(Description.fileName(f));
                MessageDigest sha = sha256();
                long[] size = new long[1];
                writeFile(file, os -> {
                    CountingStream counting = new CountingStream(new DigestOutputStream(os, sha));
                    emit(snap, f, counting);
                    counting.flush();
                    size[0] = counting.count;
                });
                out.add(new Distribution(f, file, size[0], HexFormat.of().formatHex(sha.digest())));
            }
            Graph description = Description.build(snap.stats, settings, out);
            writeFile(dir.resolve(DESCRIPTION_FILE), os -> writeGraph(description, DumpFormat.TURTLE, os, List.of(
                    "The description (VoID, DCAT) of the Parley dumps beside this file, with their sizes and SHA-256 checksums.",
                    "The dumps hold the data only: void:dataDump holds exactly the void:triples counted here.")));
        }
        return List.copyOf(out);
    }

    /**
     * Writes a small in-memory graph (for example one entity's description) in a format, sorted
     * like a dump and with the same prefixes and JSON-LD context.
     */
    public static void writeGraph(Graph g, DumpFormat format, OutputStream out, List<String> comments) throws IOException {
        List<String> keys = new ArrayList<>();
        g.find().forEachRemaining(t -> keys.add(QuadLines.tripleKey(t.getSubject(), t.getPredicate(), t.getObject())));
        Collections.sort(keys);
        emit(keys.iterator(), format, comments, out);
    }

    // ---------------------------------------------------------------- the snapshot

    /** The sorted content of one read of the store, and its counts. */
    private final class Snapshot implements AutoCloseable {
        final LineSorter quads;
        final LineSorter triples;
        final Map<String, Long> graphSizes = new TreeMap<>();
        Stats stats;

        Snapshot(boolean needQuads, boolean needTriples) {
            quads = needQuads ? new LineSorter(sortBuffer, tempDir, true) : null;
            triples = needTriples ? new LineSorter(sortBuffer, tempDir, true) : null;
        }

        @Override
        public void close() {
            if (quads != null) quads.close();
            if (triples != null) triples.close();
        }
    }

    private Snapshot snapshot(boolean needQuads, boolean needTriples, boolean needStats) {
        boolean full = graph == null && needStats;
        Snapshot snap = new Snapshot(needQuads, needTriples || full);
        try {
            source.scan(graph, q -> {
                try {
                    if (snap.quads != null) snap.quads.add(QuadLines.quadKey(q));
                    if (snap.triples != null) snap.triples.add(QuadLines.tripleKey(q.getSubject(), q.getPredicate(), q.getObject()));
                } catch (UncheckedIOException e) {
                    // Said here, so that a store reading remotely does not take it for its own failure.
                    throw new DumpException("cannot sort the dump: " + e.getMessage(), e);
                }
                if (!Quad.isDefaultGraph(q.getGraph())) snap.graphSizes.merge(q.getGraph().getURI(), 1L, Long::sum);
            });
            if (full) {
                try (LineSorter.Merge m = snap.triples.sorted(List.of())) {
                    snap.stats = Stats.of(m, snap.graphSizes);
                }
            }
            return snap;
        } catch (UncheckedIOException e) {
            snap.close();
            throw new DumpException("cannot sort the dump: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            snap.close();
            throw e;
        }
    }

    private static IllegalArgumentException noSuchGraph(String graph, Collection<String> graphs) {
        return new IllegalArgumentException("Illegal graph=" + graph + ": the store has no such graph; it has " + new TreeSet<>(graphs));
    }

    // ---------------------------------------------------------------- reading

    /** Where the quads of a dump come from. */
    private interface QuadSource {
        /**
         * Gives {@code sink} every quad of {@code graph}, or of every graph when it is null, from
         * one read of the store.
         *
         * @throws IllegalArgumentException when the store has no graph {@code graph}
         */
        void scan(String graph, Consumer<Quad> sink);
    }

    /** The quads of a dataset, found in one read transaction. */
    private static QuadSource datasetSource(DatasetGraph dsg) {
        return (graph, sink) -> Txn.executeRead(dsg, () -> {
            Node g = graph == null ? Node.ANY : NodeFactory.createURI(graph);
            if (graph != null && !dsg.containsGraph(g)) {
                List<String> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(n -> names.add(n.toString()));
                throw noSuchGraph(graph, names);
            }
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink);
        });
    }

    private static final Var G = Var.alloc("g"), S = Var.alloc("s"), P = Var.alloc("p"), O = Var.alloc("o");

    /**
     * The quads of a store, as the rows of one SPARQL SELECT, read as they stream in: over HTTP a
     * remote store answers it in one request, so the dump is one state of the store, and memory
     * does not grow with it. The whole dataset is Parley's graphs (under {@value Ids#GRAPH_BASE}),
     * without the staging graphs of imports into a remote store that may be running.
     */
    private static QuadSource storeSource(Store store) {
        return (graph, sink) -> {
            if (graph != null) {
                Set<String> graphs = new TreeSet<>(store.graphs());
                graphs.removeIf(g -> g.startsWith(RemoteStore.STAGING_BASE));
                if (!graphs.contains(graph)) throw noSuchGraph(graph, graphs);
            }
            Node fixed = graph == null ? null : NodeFactory.createURI(graph);
            store.read(c -> {
                try (QueryExecution exec = c.query(allQuads(fixed))) {
                    ResultSet rows = exec.execSelect();
                    while (rows.hasNext()) {
                        Binding row = rows.nextBinding();
                        Node g = fixed != null ? fixed : row.get(G), s = row.get(S), p = row.get(P), o = row.get(O);
                        if (g == null || s == null || p == null || o == null)
                            throw new StoreException("the store answered a row without graph, subject, predicate or object: " + row);
                        sink.accept(Quad.create(g, s, p, o));
                    }
                }
                return null;
            });
        };
    }

    /**
     * The query of {@code all-quads.rq} (every quad of Parley's graphs, less the staging graphs of
     * imports into a remote store), or of {@code graph-quads.rq} for one graph: its prefixes and
     * graph IRI substituted as terms of the query, not pasted text.
     * Also read by {@code Derivation.check}, which copies a store's graphs the same way.
     */
    public static Query allQuads(Node graph) {
        if (graph != null)
            return QueryTransformOps.transform(QueryRunner.resource(Dumper.class, "graph-quads"), Map.of(G, graph));
        return QueryTransformOps.transform(QueryRunner.resource(Dumper.class, "all-quads"),
                Map.of(Var.alloc("graphBase"), NodeFactory.createLiteralString(Ids.GRAPH_BASE),
                        Var.alloc("stagingBase"), NodeFactory.createLiteralString(RemoteStore.STAGING_BASE)));
    }

    // ---------------------------------------------------------------- writing

    private long emit(Snapshot snap, DumpFormat f, OutputStream os) throws IOException {
        LineSorter source = f.namedGraphs() ? snap.quads : snap.triples;
        try (LineSorter.Merge m = source.sorted(List.of())) {
            return emit(m, f, comments(f, snap), os);
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes sorted keys (quad keys, or triple keys for the default graph) in a format; returns the statements written. */
    private static long emit(Iterator<String> keys, DumpFormat f, List<String> comments, OutputStream os) throws IOException {
        for (String c : comments)
            // Raptor's N-Triples parser (rapper 2.0.15) silently returns no triples after a comment with an apostrophe.
            if (c.indexOf('\'') >= 0 || c.indexOf('\n') >= 0)
                throw new IllegalArgumentException("Illegal comment=" + c + ": no apostrophes or line breaks in header comments");
        Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        long[] n = {0};
        switch (f) {
            case NTRIPLES, NQUADS -> {
                for (String c : comments) w.write(c.isEmpty() ? "#\n" : "# " + c + "\n");
                while (keys.hasNext()) {
                    String key = keys.next();
                    w.write(key.indexOf('\t') >= 0 ? QuadLines.nQuads(key) : QuadLines.nTriples(key));
                    w.write('\n');
                    n[0]++;
                }
            }
            default -> {
                SubjectWriter sw = switch (f) {
                    case TURTLE -> new TurtleWriter(w, false, comments);
                    case TRIG -> new TurtleWriter(w, true, comments);
                    case JSONLD -> new JsonLdWriter(w, JsonLdContext.bundled());
                    case RDFXML -> new RdfXmlWriter(w, comments);
                    default -> throw new IllegalStateException("unexpected format " + f);
                };
                sw.write(new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return keys.hasNext();
                    }

                    @Override
                    public Quad next() {
                        n[0]++;
                        return QuadLines.parse(keys.next());
                    }
                });
            }
        }
        w.flush();
        return n[0];
    }

    private List<String> comments(DumpFormat f, Snapshot snap) {
        List<String> c = new ArrayList<>();
        c.add("Parley, a knowledge graph of negotiation positions: https://w3id.org/parley");
        if (graph != null) {
            c.add(f.namedGraphs() ? "The named graph <" + graph + "> only."
                    : "The named graph <" + graph + "> only; " + f.title() + " has no named graphs, so the graph name is not written.");
        } else if (f.namedGraphs()) {
            c.add("Every named graph of the store, kept apart.");
        } else {
            c.add(f.title() + " has no named graphs: this is the union of the " + snap.graphSizes.size()
                    + " named graphs of the store, each triple once.");
        }
        if (graph == null) {
            c.add("The data only: the dataset description (VoID, DCAT) of <" + Description.DATASET + ">, with the graphs");
            c.add("and their sizes, is published beside the dumps as " + DESCRIPTION_FILE + ", written by parley dump --all.");
        }
        c.add(f.namedGraphs() ? "Sorted by graph, subject, predicate and object: the same data always gives the same bytes."
                : "Sorted by subject, predicate and object: the same data always gives the same bytes.");
        c.add("Data licence: CC BY 4.0, " + Description.LICENCE);
        return c;
    }

    private interface StreamBody {
        void write(OutputStream os) throws IOException;
    }

    private static void writeFile(Path file, StreamBody body) {
        boolean ok = false;
        try {
            try (OutputStream raw = Files.newOutputStream(file);
                 OutputStream os = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                body.write(os);
            }
            ok = true;
        } catch (IOException e) {
            throw new DumpException("cannot write " + file + ": " + e.getMessage(), file, e);
        } finally {
            if (!ok) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // the original failure is the one to report
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String absolute(String iri, String what) {
        try {
            URI u = new URI(iri);
            if (!u.isAbsolute()) throw new URISyntaxException(iri, "not absolute");
            return iri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Illegal " + what + "=" + iri + ": must be an absolute IRI");
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Builds a {@link Dumper}; setters validate their arguments. */
    public static final class Builder {
        private final QuadSource source;
        private String graph;
        private String endpoint;
        private String dumpBase = DEFAULT_DUMP_BASE;
        private LocalDate modified;
        private int sortBuffer = DEFAULT_SORT_BUFFER;
        private Path tempDir;

        private Builder(QuadSource source) {
            this.source = source;
        }

        /** Dumps only this named graph (a full IRI; see {@link Dumper#graphIri}); without it, the whole dataset. */
        public Builder graph(String graphIri) {
            this.graph = absolute(Objects.requireNonNull(graphIri, "graph"), "graph");
            return this;
        }

        /**
         * The public SPARQL endpoint the description names ({@code void:sparqlEndpoint}). Without
         * it the description names none: a local address such as {@code http://localhost:3030/}
         * means nothing to the people who download the dumps.
         */
        public Builder sparqlEndpoint(String url) {
            this.endpoint = absolute(Objects.requireNonNull(url, "endpoint"), "endpoint");
            return this;
        }

        /** Where the dump files are published (default {@value Dumper#DEFAULT_DUMP_BASE}); must end with '/'. */
        public Builder dumpBase(String url) {
            absolute(Objects.requireNonNull(url, "dumpBase"), "dumpBase");
            if (!url.endsWith("/")) throw new IllegalArgumentException("Illegal dumpBase=" + url + ": must end with '/'");
            this.dumpBase = url;
            return this;
        }

        /**
         * The {@code dcterms:modified} date of the description. Default: the latest publication
         * date of a source in the data — derived from the data, so dumps stay reproducible.
         */
        public Builder modified(LocalDate date) {
            this.modified = Objects.requireNonNull(date, "modified");
            return this;
        }

        /** {@link #modified(LocalDate)} from {@code yyyy-mm-dd}. */
        public Builder modified(String date) {
            Objects.requireNonNull(date, "modified");
            try {
                return modified(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Illegal modified=" + date + ": must be a date yyyy-mm-dd");
            }
        }

        /** Lines each sort holds in memory before writing a temporary file (default {@value Dumper#DEFAULT_SORT_BUFFER}). */
        public Builder sortBuffer(int lines) {
            if (lines < 1) throw new IllegalArgumentException("Illegal sortBuffer=" + lines + ": must be at least 1");
            this.sortBuffer = lines;
            return this;
        }

        /** Folder for temporary sort files (default: the system's temporary folder). */
        public Builder tempDir(Path dir) {
            this.tempDir = Objects.requireNonNull(dir, "tempDir");
            return this;
        }

        /** Builds the dumper. */
        public Dumper build() {
            return new Dumper(this);
        }
    }
}
