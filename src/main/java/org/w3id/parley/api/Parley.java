package org.w3id.parley.api;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parley, embedded: one store, and everything Parley does with it.
 *
 * <pre>{@code
 * try (Parley parley = Parley.inMemory()) {
 *     parley.importBundled();
 *     for (Row row : parley.query("stances-by-party", Map.of("party", "ukraine")))
 *         System.out.println(row.get("positionLabel") + " " + row.get("targetLabel"));
 * }
 * }</pre>
 *
 * <p>A {@code Parley} is safe to share across threads for reads; writes are transactions, so
 * readers see the store either before or after an import, never in between.
 */
public final class Parley implements AutoCloseable {
    private final Store store;
    private final Catalog catalog;

    private Parley(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Catalog.bundled();
    }

    /** Opens (creating if needed) an embedded TDB2 database in a folder. */
    public static Parley open(Path folder) {
        return new Parley(TdbStore.open(Objects.requireNonNull(folder, "folder")));
    }

    /** A fresh in-memory store. */
    public static Parley inMemory() {
        return new Parley(TdbStore.inMemory());
    }

    /** Wraps a store of your own (for example a remote one). */
    public static Parley of(Store store) {
        return new Parley(store);
    }

    /** The underlying store. */
    public Store store() {
        return store;
    }

    /**
     * Validates and imports JSON files or folders, all or nothing.
     *
     * @throws InvalidInputException with every problem found; the store is untouched
     */
    public ImportSummary importPaths(Path... paths) {
        return Importer.run(store, Input.of(List.of(paths)), Importer.DEFAULT_MAX_ERRORS);
    }

    /** Imports the data bundled with Parley. */
    public ImportSummary importBundled() {
        return Importer.run(store, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
    }

    /**
     * Removes sources from the store by dropping their named graphs, all or nothing.
     *
     * @param ids source IDs (the {@code "source"."id"} of their files)
     * @return the graphs dropped
     * @throws RetractException when a source is not in the store, or other graphs still refer to
     *                          records only these sources define; nothing is dropped
     */
    public Set<String> retract(String... ids) {
        return Sources.retract(store, List.of(ids));
    }

    /**
     * Checks JSON files or folders without writing anywhere.
     *
     * @throws InvalidInputException with every problem found
     */
    public static void validate(Path... paths) {
        Importer.prepare(Input.of(List.of(paths)), Importer.DEFAULT_MAX_ERRORS);
    }

    /** The query catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Runs a catalog query with parameters given as text (slugs, IRIs, dates, codes).
     *
     * @throws org.w3id.parley.query.UnknownQueryException  when no query has that name
     * @throws org.w3id.parley.query.BadParameterException  naming a bad parameter
     */
    public List<Row> query(String name, Map<String, String> params) {
        CatalogQuery cq = catalog.get(name);
        Map<String, RDFNode> bindings = Catalog.bind(cq, params, store);
        return select(QueryRunner.parse(name, cq.text()), bindings);
    }

    /** Runs a raw SPARQL SELECT (the default graph is the union of all graphs). */
    public List<Row> sparql(String select) {
        return select(QueryRunner.parse("query", select), Map.of());
    }

    private List<Row> select(Query q, Map<String, RDFNode> bindings) {
        if (!q.isSelectType()) throw new IllegalArgumentException("only SELECT queries return rows");
        return store.read(c -> {
            try (QueryExecution qe = QueryRunner.build(c, q, bindings)) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                List<Row> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> m = new LinkedHashMap<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        if (n != null) m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(new Row(m));
                }
                return rows;
            }
        });
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
