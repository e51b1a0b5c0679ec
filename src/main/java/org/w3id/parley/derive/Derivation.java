package org.w3id.parley.derive;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.w3id.parley.Bundled;
import org.w3id.parley.rdf.Ids;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
 * measured fast enough (see the performance page).
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
}
