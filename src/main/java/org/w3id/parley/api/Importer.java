package org.w3id.parley.api;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.parley.json.Checker;
import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.Reader;
import org.w3id.parley.model.Document;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Labels;
import org.w3id.parley.rdf.Mapper;
import org.w3id.parley.rdf.Origin;
import org.w3id.parley.store.Store;
import org.w3id.parley.validate.Ontology;
import org.w3id.parley.validate.ShaclCheck;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The import pipeline: read every file strictly, check identities and references across files,
 * map to RDF, validate with SHACL — and only when all of that passes, write to a store in one
 * all-or-nothing step. Nothing is written when any file is wrong.
 */
public final class Importer {
    /** Default cap on the problems collected before stopping. */
    public static final int DEFAULT_MAX_ERRORS = 100;

    private Importer() {}

    /**
     * Input that passed every check, mapped and ready to write.
     *
     * @param files   number of files
     * @param records number of records
     * @param data    the mapped quads (ontology graph included)
     */
    public record Prepared(int files, int records, DatasetGraph data) {
        /** The named graphs this input replaces. */
        public Set<String> graphs() {
            Set<String> out = new TreeSet<>();
            for (Iterator<Node> it = data.listGraphNodes(); it.hasNext(); ) out.add(it.next().getURI());
            return out;
        }

        /** Streams the quads to a sink. */
        public void quads(Consumer<Quad> sink) {
            data.find().forEachRemaining(sink);
        }
    }

    /**
     * Reads and validates input without writing anywhere.
     *
     * @param inputs    the files
     * @param maxErrors stop collecting after this many problems
     * @return the mapped input
     * @throws InvalidInputException with every problem found (up to {@code maxErrors})
     */
    public static Prepared prepare(List<Input> inputs, int maxErrors) {
        if (maxErrors < 1) throw new IllegalArgumentException("Illegal maxErrors=" + maxErrors + ": must be at least 1");
        Reader reader = new Reader();
        List<Problem> problems = new ArrayList<>();
        List<InputFile> files = new ArrayList<>();
        for (Input in : inputs) {
            try {
                byte[] bytes;
                try {
                    bytes = in.content().get();
                } catch (UncheckedIOException e) {
                    problems.add(new Problem(in.name(), 0, 0, null, "io", e.getMessage()));
                    continue;
                }
                files.add(reader.read(in.name(), bytes));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            if (problems.size() >= maxErrors) throw new InvalidInputException(cap(problems, maxErrors));
        }
        Ontology ontology = Ontology.bundled();
        problems.addAll(Checker.check(files, ontology.paxSlugs()));
        if (!problems.isEmpty()) throw new InvalidInputException(cap(problems, maxErrors));

        DatasetGraph data = DatasetGraphFactory.create();
        Node ontologyGraph = NodeFactory.createURI(Ids.ONTOLOGY_GRAPH);
        ontology.ontology().find().forEachRemaining(t -> data.add(ontologyGraph, t.getSubject(), t.getPredicate(), t.getObject()));
        Map<Node, Origin> origins = new HashMap<>();
        Labels labels = Labels.of(files.stream().map(InputFile::document).toList());
        int records = 0;
        for (InputFile f : files) {
            Document d = f.document();
            int[] count = {0};
            Mapper.map(d, data::add, (node, pointer) -> {
                int[] at = f.index().locate(pointer);
                origins.putIfAbsent(node, new Origin(f.name(), pointer, at[0], at[1]));
                count[0]++;
            }, labels);
            records += count[0];
        }
        Graph union = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(q -> union.add(q.asTriple()));
        problems.addAll(ShaclCheck.bundled().check(union, origins));
        if (!problems.isEmpty()) throw new InvalidInputException(cap(problems, maxErrors));
        return new Prepared(files.size(), records, data);
    }

    /**
     * Validates and then writes input to a store, replacing the graphs it defines.
     *
     * @throws InvalidInputException when the input is wrong; the store is untouched
     */
    public static ImportSummary run(Store store, List<Input> inputs, int maxErrors) {
        long t0 = System.nanoTime();
        Prepared p = prepare(inputs, maxErrors);
        Set<String> graphs = p.graphs();
        long[] n = {0};
        store.replaceGraphs(graphs, sink -> p.quads(q -> {
            sink.accept(q);
            n[0]++;
        }));
        return new ImportSummary(p.files(), p.records(), n[0], graphs, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static List<Problem> cap(List<Problem> problems, int max) {
        return problems.size() <= max ? problems : new ArrayList<>(problems.subList(0, max));
    }
}
