package org.w3id.parley.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.w3id.parley.derive.Derivation;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.InputReader;
import org.w3id.parley.load.Importer.Prepared;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import org.w3id.parley.validate.Ontology;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The writing pass: inside the store's one write transaction, the graphs the input replaces are
 * emptied, each file is read a last time, checked against its digest and mapped, its quads are
 * streamed into the store, and the derived graph is recomputed. Input that was not validated yet
 * is validated beside the write on a transactional store ({@link ValidatePass.Alongside}), and
 * before it on any other.
 */
final class WritePass {
    /** Quads between two progress reports while writing. */
    private static final int QUADS_PER_UPDATE = 5_000;

    private WritePass() {}

    /** See {@link Importer#write}. */
    static ImportSummary write(Store store, Prepared prepared, boolean prune, Progress progress, long started) {
        boolean alongside = !prepared.validated() && store.transactional();
        Prepared input = alongside ? prepared : prepared.validate(progress);
        Set<String> graphs = input.graphs();
        // The store's graphs are listed once (a scan on a remote store), and only when needed.
        Set<String> stored = prune || graphs.contains(Ids.REFERENCE_GRAPH) ? store.graphs() : Set.of();
        Set<String> pruned = new TreeSet<>();
        if (prune)
            for (String g : stored)
                if (Ids.sourceSlugOf(g) != null && !graphs.contains(g)) pruned.add(g);
        Set<String> replaced = new TreeSet<>(graphs);
        replaced.addAll(pruned);
        refuseDangling(store, stored, replaced, input.checker().defined());
        long[] n = {0};
        try {
            store.replaceGraphs(replaced, sink -> {
                Consumer<Quad> counting = q -> {
                    sink.accept(q);
                    n[0]++;
                };
                if (alongside) quadsValidating(input, counting, progress);
                else quads(input, counting, progress);
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

    /** Streams the quads of {@code input} (the ontology's, then each file's), mapping each file here. */
    static void quads(Prepared input, Consumer<Quad> sink, Progress progress) {
        InputReader reader = new InputReader();
        List<Unit> units = input.units();
        stream(input, sink, progress, i -> Mapped.of(units.get(i), reader, input.labels(), false).graph(), () -> false);
    }

    /**
     * Streams the quads like {@link #quads}, the files mapped and validated by a helper thread:
     * this thread only writes. Throws after the last file (or once {@code maxErrors} violations
     * are found) when a file breaks a shape.
     *
     * @throws InvalidInputException with the violations, or when a file changed since it was read
     */
    private static void quadsValidating(Prepared input, Consumer<Quad> sink, Progress progress) {
        try (ValidatePass.Alongside validation = new ValidatePass.Alongside(input)) {
            stream(input, sink, progress, i -> validation.next(), validation::enough);
            validation.finish();
        }
    }

    /**
     * The ontology's quads, then the graph of each file in input order, reporting progress after
     * each file and every {@link #QUADS_PER_UPDATE} quads; {@code stop} is asked after each file.
     */
    private static void stream(Prepared input, Consumer<Quad> sink, Progress progress, IntFunction<Graph> graphOf,
                               BooleanSupplier stop) {
        List<Unit> units = input.units();
        long[] n = {0};
        long[] records = {0};
        int[] done = {0};
        Consumer<Quad> counting = q -> {
            sink.accept(q);
            if (++n[0] % QUADS_PER_UPDATE == 0) progress.update(Progress.Phase.WRITING, done[0], units.size(), records[0], n[0]);
        };
        Node ontologyGraph = NodeFactory.createURI(Ids.ONTOLOGY_GRAPH);
        Ontology.bundled().ontology().find().forEachRemaining(t -> counting.accept(new Quad(ontologyGraph, t)));
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Node graph = NodeFactory.createURI(u.graph());
            graphOf.apply(i).find().forEachRemaining(t -> counting.accept(new Quad(graph, t)));
            records[0] += u.records();
            progress.update(Progress.Phase.WRITING, ++done[0], units.size(), records[0], n[0]);
            if (stop.getAsBoolean()) break;
        }
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
}
