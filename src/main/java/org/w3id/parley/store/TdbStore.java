package org.w3id.parley.store;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded store: a TDB2 database in a folder, or a transactional in-memory dataset.
 * Every write is one write transaction, aborted on any failure.
 */
public final class TdbStore implements Store {
    /**
     * Open stores per folder: TDB2 shares one connection (and one process lock) per folder in a
     * JVM, released when the last store on that folder closes, so that other processes can open it.
     */
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private final DatasetGraph dsg;
    private final String description;
    private final Path folder;
    private boolean closed;

    /**
     * For the in-memory store only: reads through {@link #read} wait while a write runs, and a
     * write waits for them. Jena 5.6.0's in-memory TDB2 let a replaced graph keep a quad of its
     * old content now and then when read transactions ran beside the write (1 to 21 of 300
     * alternating imports with three readers, with deleteAny and with removeGraph alike; 0 of 300
     * on a TDB2 database on disk, which needs no lock). Null for every other store.
     */
    private final ReadWriteLock memoryLock;

    private TdbStore(DatasetGraph dsg, String description, Path folder, boolean inMemory) {
        this.dsg = dsg;
        this.description = description;
        this.folder = folder;
        this.memoryLock = inMemory ? new ReentrantReadWriteLock() : null;
    }

    private TdbStore(DatasetGraph dsg, String description, Path folder) {
        this(dsg, description, folder, false);
    }

    /** Entries in each node cache of {@link #SCAN_PARAMS}. */
    public static final int SCAN_NODE_CACHE = 10_000;

    /**
     * TDB2 store parameters for one pass over the whole store, as a dump makes: node caches of
     * {@value #SCAN_NODE_CACHE} entries instead of TDB2's defaults (hundreds of thousands), which
     * a scan would fill with every node of the store, so memory would grow with its size. Cache
     * sizes are dynamic parameters: they apply to an existing database without changing it.
     */
    public static final StoreParams SCAN_PARAMS = StoreParamsBuilder.create()
            .node2NodeIdCacheSize(SCAN_NODE_CACHE).nodeId2NodeCacheSize(SCAN_NODE_CACHE).nodeMissCacheSize(100).build();

    /** Opens (creating if needed) a TDB2 database in {@code folder}. */
    public static TdbStore open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating if needed) a TDB2 database in {@code folder} with store parameters, such as
     * {@link #SCAN_PARAMS}. TDB2 keeps one connection per folder in a JVM: if the folder is open
     * already, that connection and its parameters are shared and {@code params} has no effect.
     *
     * @param params TDB2 store parameters, or null for the database's own
     */
    public static TdbStore open(Path folder, StoreParams params) {
        try {
            Files.createDirectories(folder);
            Path key = folder.toRealPath();
            synchronized (OPEN) {
                DatasetGraph dsg = params == null ? DatabaseMgr.connectDatasetGraph(folder.toString())
                        : DatabaseMgr.connectDatasetGraph(Location.create(folder), params);
                // Queries without GRAPH see every named graph: the default graph is their union.
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
                OPEN.merge(key, 1, Integer::sum);
                return new TdbStore(dsg, "TDB2 database " + folder, key);
            }
        } catch (Exception e) {
            throw new StoreException("cannot open TDB2 database " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A fresh in-memory store (transactional, union default graph). */
    public static TdbStore inMemory() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new TdbStore(dsg, "in-memory store", null, true);
    }

    /**
     * A store over a dataset graph opened elsewhere, such as the one a server serves (its
     * default graph should be the union of its named graphs). Closing it closes the dataset.
     */
    public static TdbStore wrap(DatasetGraph dsg, String description) {
        return new TdbStore(java.util.Objects.requireNonNull(dsg, "dsg"), java.util.Objects.requireNonNull(description, "description"), null);
    }

    /** The underlying dataset graph (for serving with Fuseki). */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * Replaces the graphs in one write transaction: readers see the store before or after it,
     * and a failure (or a killed process) leaves the store as it was.
     *
     * <p>Jena's sequential bulk loader is not used: on this workload it was no faster, and
     * readers running during its load saw old and new quads together.
     */
    @Override
    public void replaceGraphs(Set<String> graphs, Consumer<Consumer<Quad>> quads, UpdateRequest then) {
        if (memoryLock != null) memoryLock.writeLock().lock();
        try {
            write(graphs, quads, then);
        } finally {
            if (memoryLock != null) memoryLock.writeLock().unlock();
        }
    }

    /** Reads in a read transaction; on the in-memory store, never while a write runs (see {@link #memoryLock}). */
    @Override
    public <T> T read(Function<RDFConnection, T> action) {
        if (memoryLock == null) return Store.super.read(action);
        memoryLock.readLock().lock();
        try {
            return Store.super.read(action);
        } finally {
            memoryLock.readLock().unlock();
        }
    }

    private void write(Set<String> graphs, Consumer<Consumer<Quad>> quads, UpdateRequest then) {
        try {
            Txn.executeWrite(dsg, () -> {
                for (String g : graphs) empty(NodeFactory.createURI(g));
                quads.accept(q -> {
                    if (!graphs.contains(q.getGraph().getURI()))
                        throw new IllegalStateException("quad outside the graphs being replaced: " + q);
                    dsg.add(q);
                });
                // In the same transaction, over the dataset's context (its union default graph).
                if (!then.getOperations().isEmpty()) UpdateExec.dataset(dsg).update(then).execute();
            });
        } catch (RuntimeException e) {
            throw new StoreException("write to " + description + " failed and was rolled back: " + e.getMessage(), e);
        }
    }

    /**
     * Empties a named graph inside the current write transaction, leaving nothing of it whatever
     * the form its literals were stored in, or fails (and the write is rolled back).
     *
     * <p>{@code deleteAny} deletes the terms a find gives back; the mapper writes every literal in
     * the canonical form TDB2 gives back, so that finds everything Parley writes. What it cannot
     * find is a literal an earlier version stored in another lexical form ({@code "100"^^xsd:decimal}
     * reads back as {@code "100.0"}, whose id differs): TDB2's {@code removeGraph}, which deletes
     * the stored tuples themselves, removes those. A graph that still holds quads after both
     * aborts the write rather than leaving old content beside the new.
     */
    private void empty(Node graph) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        for (int attempt = 0; attempt < 3 && dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext(); attempt++)
            dsg.removeGraph(graph);
        if (dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext())
            throw new IllegalStateException("the graph " + graph.getURI() + " could not be emptied");
    }

    /** True for TDB2 databases, in memory or on disk: every write is one write transaction. */
    @Override
    public boolean transactional() {
        return dsg.supportsTransactionAbort();
    }


    @Override
    public Set<String> graphs() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) out.add(it.next().getURI());
            return out;
        });
    }

    @Override
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    @Override
    public RDFConnection connect() {
        Dataset ds = DatasetFactory.wrap(dsg);
        return RDFConnection.connect(ds);
    }

    @Override
    public String describe() {
        return description;
    }

    /** Closes the store; the last store closed on a folder releases the database and its lock. */
    @Override
    public void close() {
        if (folder == null) {
            dsg.close();
            return;
        }
        synchronized (OPEN) {
            if (closed) return;
            closed = true;
            if (OPEN.merge(folder, -1, Integer::sum) == 0) {
                OPEN.remove(folder);
                TDBInternal.expel(dsg);
            }
        }
    }
}
