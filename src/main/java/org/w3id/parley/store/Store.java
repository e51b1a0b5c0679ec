package org.w3id.parley.store;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.system.Txn;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Parley store. Writes replace whole named graphs in one all-or-nothing step; reads go
 * through SPARQL, where the default graph is the union of the named graphs.
 */
public interface Store extends AutoCloseable {
    /**
     * Replaces the named graphs {@code graphs} with the quads {@code quads} produces, all or
     * nothing: if anything fails, the store keeps its previous content.
     *
     * @param graphs graph IRIs to clear first (every quad produced must be in one of them)
     * @param quads  called once with a sink for the new quads
     */
    default void replaceGraphs(Set<String> graphs, Consumer<Consumer<Quad>> quads) {
        replaceGraphs(graphs, quads, new UpdateRequest());
    }

    /**
     * Replaces the named graphs {@code graphs} with the quads {@code quads} produces, then runs
     * {@code then} (SPARQL Update over the store as it is after the replacement, its default
     * graph the union of the named graphs), all in one write: if anything fails, the store keeps
     * its previous content. The importer and retraction pass the derivation rules here, so that
     * the derived graph always matches the graphs it is derived from.
     *
     * @param graphs graph IRIs to clear first (every quad produced must be in one of them)
     * @param quads  called once with a sink for the new quads
     * @param then   operations to run after the replacement, in the same write; may be empty
     */
    void replaceGraphs(Set<String> graphs, Consumer<Consumer<Quad>> quads, UpdateRequest then);

    /**
     * Whether a write is a single transaction of the store itself, so that a failure anywhere in
     * {@link #replaceGraphs} — an exception from the producer, a crash of the process — leaves
     * nothing behind, not even temporary graphs. The importer then checks input while it writes
     * it and aborts the write on the first wrong file. False unless a store says otherwise.
     */
    default boolean transactional() {
        return false;
    }

    /** Drops named graphs, all or nothing. */
    default void dropGraphs(Set<String> graphs) {
        replaceGraphs(graphs, sink -> {});
    }

    /** Drops named graphs, then runs {@code then}, in one write (see {@link #replaceGraphs(Set, Consumer, UpdateRequest)}). */
    default void dropGraphs(Set<String> graphs, UpdateRequest then) {
        replaceGraphs(graphs, sink -> {}, then);
    }

    /** IRIs of the named graphs in the store. */
    Set<String> graphs();

    /** Number of quads in the store's named graphs. */
    long size();

    /** A SPARQL connection (the caller closes it; reads on an embedded store need a transaction: see {@link #read}). */
    RDFConnection connect();

    /**
     * Runs {@code action} with a connection inside a read transaction, so that it sees one
     * consistent state of the store even while an import runs. A remote store has no
     * transaction across HTTP requests: there each request sees the store as it is when it
     * arrives (see {@link RemoteStore#read}).
     */
    default <T> T read(Function<RDFConnection, T> action) {
        try (RDFConnection c = connect()) {
            return Txn.calculateRead(c, () -> action.apply(c));
        }
    }

    /** A short description for messages: the folder or the endpoint. */
    String describe();

    @Override
    void close();
}
