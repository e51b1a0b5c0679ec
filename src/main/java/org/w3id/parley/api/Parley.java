package org.w3id.parley.api;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.parley.InvalidArgumentException;
import org.w3id.parley.ParleyException;
import org.w3id.parley.derive.Derivation;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.DumpSummary;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.InputWriter;
import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.load.Progress;
import org.w3id.parley.load.RetractException;
import org.w3id.parley.load.Sources;
import org.w3id.parley.model.Document;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.BadParameterException;
import org.w3id.parley.query.InvalidQueryException;
import org.w3id.parley.query.Page;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.query.UnknownQueryException;
import org.w3id.parley.report.StanceReport;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.StoreException;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Parley, embedded: one store, and everything Parley does with it.
 *
 * <pre>{@code
 * try (Parley parley = Parley.inMemory()) {              // or Parley.open(folder), Parley.connect(url)
 *     parley.importBundled();
 *     for (Records.StanceInfo s : parley.stancesOf("ukraine"))
 *         System.out.println(s.position() + " " + s.targetLabel() + " (" + s.sourcing().sourceTitle() + ")");
 *     for (Row row : parley.query("stances-by-party", Map.of("party", "ukraine", "position", "red-line")))
 *         System.out.println(row.get("targetLabel"));
 *     parley.dump(DumpFormat.NQUADS, Path.of("parley.nq.gz"));
 * }
 * }</pre>
 *
 * <p><b>Threads and consistency.</b> A {@code Parley} is safe to share across threads for
 * reads; writes are transactions, so readers see the store either before or after an import,
 * never in between. Every read method runs exactly one SPARQL query, so one call sees one state
 * of the store: on an embedded store (TDB2, in memory) that query runs in one read
 * transaction, so a concurrent import is seen wholly or not at all. On a remote store it is one
 * HTTP request, which a server such as Fuseki answers from one state; but an import into a
 * remote store first stages its quads in named graphs of their own, which the union default
 * graph shows until the swap, so a read during such an import can see the staged records
 * beside the old ones (see {@link RemoteStore}). Two calls may see different states when an
 * import runs between them. Parameters of catalog queries and of
 * {@link #stancesOf}/{@link #stancesOn} are checked against the store first, in a request of
 * their own.
 *
 * <p><b>Errors.</b> Every failure is a {@link ParleyException}:
 * {@link InvalidInputException} (files and documents that break a rule, located by file, line,
 * column and JSON pointer), {@link org.w3id.parley.model.InvalidRecordException} (a builder
 * refused a value, naming the record and field), {@link InvalidQueryException} (SPARQL that does
 * not parse, or of the wrong form for the method), {@link org.w3id.parley.query.UnknownQueryException},
 * {@link org.w3id.parley.query.BadParameterException} (a parameter that is malformed or names
 * nothing in the store), {@link RetractException}, {@link StoreException} (a store that cannot be
 * opened, reached or written, with {@link StoreException#endpoint()} for remote stores) and
 * {@link org.w3id.parley.load.ImportInterruptedException}. Null arguments where a value is required throw
 * {@link NullPointerException} naming the argument.
 */
public final class Parley implements AutoCloseable {
    /** The most problems an import or validation collects before it stops, unless told otherwise. */
    public static final int DEFAULT_MAX_ERRORS = Importer.DEFAULT_MAX_ERRORS;

    private final Store store;
    private final Catalog catalog;

    private Parley(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Catalog.bundled();
    }

    /**
     * Opens (creating if needed) an embedded TDB2 database in a folder.
     *
     * @throws StoreException when the database cannot be opened (locked by another process, not a database, …)
     */
    public static Parley open(Path folder) {
        return new Parley(TdbStore.open(Objects.requireNonNull(folder, "folder")));
    }

    /** A fresh in-memory store (transactional, like TDB2); its content goes when it is closed. */
    public static Parley inMemory() {
        return new Parley(TdbStore.inMemory());
    }

    /**
     * Connects to a SPARQL 1.1 store over HTTP, Fuseki-style: {@code url} is the dataset
     * ({@code http://host:3030/ds}), with query at {@code /sparql}, update at {@code /update} and
     * the Graph Store Protocol at {@code /data}. For other layouts (Virtuoso) or credentials,
     * build a {@link RemoteStore} and use {@link #of(Store)}. Nothing is sent until the first
     * read or write.
     *
     * @throws StoreException when {@code url} is not an absolute http(s) URL; {@link StoreException#endpoint()} is the URL as given
     */
    public static Parley connect(String url) {
        Objects.requireNonNull(url, "url");
        RemoteStore.Builder b;
        try {
            b = RemoteStore.at(url);
        } catch (IllegalArgumentException e) {
            throw new StoreException("cannot connect to " + url + ": " + e.getMessage(), url, e);
        }
        return new Parley(b.build());
    }

    /** Wraps a store of your own (for example a {@link RemoteStore} with credentials); closing the {@code Parley} closes it. */
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
     * Imports the data bundled with Parley when the store holds nothing, as {@code parley serve}
     * and the first {@code parley query} on the default store do, so that one call gives a store
     * worth asking.
     *
     * @return what was imported, or empty when the store already held data (it is left as it was)
     */
    public Optional<ImportSummary> importBundledIfEmpty() {
        return isEmpty() ? Optional.of(importBundled()) : Optional.empty();
    }

    /** Whether the store holds no quad at all. */
    public boolean isEmpty() {
        return store.size() == 0;
    }

    /**
     * Reads and checks input files (syntax, structure, identities, references across files), all
     * but the SHACL validation, which {@link #importPrepared} runs while it writes. Static, so that
     * a store need not be opened (or created) for input that is wrong.
     *
     * @param inputs    the files ({@link Input#of})
     * @param maxErrors stop collecting after this many problems
     * @param progress  receives progress reports ({@link Progress#NONE} for none)
     * @throws InvalidInputException with every problem found; nothing is written anywhere
     */
    public static Importer.Prepared prepareImport(List<Input> inputs, int maxErrors, Progress progress) {
        return Importer.read(inputs, maxErrors, progress);
    }

    /**
     * Writes input that passed {@link #prepareImport} in one all-or-nothing step, replacing the graphs it
     * defines.
     *
     * @param prune   also drop, in the same step, every source graph whose source is not in the input
     * @param started {@link System#nanoTime()} when the import started (before {@link #prepareImport}), for the summary's time
     * @throws InvalidInputException when SHACL refuses the input or a file changed since it was read; the store is untouched
     */
    public ImportSummary importPrepared(Importer.Prepared prepared, boolean prune, Progress progress, long started) {
        return Importer.write(store, Objects.requireNonNull(prepared, "prepared"), prune, progress, started);
    }

    /**
     * Validates and imports documents built in Java (see {@link Document#builder()}), with the
     * same checks and errors as files: each document is named {@code <document N>} in messages,
     * with JSON pointers into it.
     *
     * @throws InvalidInputException with every problem found; the store is untouched
     */
    public ImportSummary importDocuments(Document... documents) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            Document d = Objects.requireNonNull(documents[i], "documents[" + i + "]");
            String name = "<document " + (i + 1) + (d.hasSource() ? " " + d.source().id() : "") + ">";
            byte[] json = InputWriter.toJson(d);
            inputs.add(new Input(name, () -> json));
        }
        return Importer.run(store, inputs, Importer.DEFAULT_MAX_ERRORS);
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
        validate(Input.of(List.of(paths)), Importer.DEFAULT_MAX_ERRORS, Progress.NONE);
    }

    /**
     * Checks input files without writing anywhere: every check of an import, SHACL included.
     *
     * @return the checked input, which counts its files and records
     * @throws InvalidInputException with every problem found (up to {@code maxErrors})
     */
    public static Importer.Prepared validate(List<Input> inputs, int maxErrors, Progress progress) {
        return Importer.prepare(inputs, maxErrors, progress);
    }

    /**
     * The staging graphs of imports into a remote store that are running now or died with the
     * store, with the quads in each; always empty for an embedded store, whose writes are
     * transactions. Queries over the default graph see them.
     */
    public Map<String, Long> stagingGraphs() {
        return store instanceof RemoteStore remote ? remote.staging() : Map.of();
    }

    /**
     * Drops staging graphs ({@link #stagingGraphs()}) left behind by imports that died with a
     * remote store. Only call it when no import into the store is running: a staging graph
     * dropped under a running import would empty its target.
     *
     * @throws IllegalArgumentException when a graph is not a staging graph, or the store is not remote
     */
    public void dropStaging(Set<String> graphs) {
        if (!(store instanceof RemoteStore remote))
            throw new IllegalArgumentException(store.describe() + " is not a remote store: it has no staging graphs");
        remote.dropStaging(graphs);
    }

    // ---- the derived layer --------------------------------------------------------------

    /** Recomputes the derived graph in one write (see {@link Derivation#derive}). */
    public void derive() {
        Derivation.derive(store);
    }

    /** Compares the stored derived graph with a recomputation in memory, writing nothing (see {@link Derivation#check}). */
    public Derivation.Check checkDerived() {
        return Derivation.check(store);
    }

    /** The number of quads in the derived graph. */
    public long derivedSize() {
        return Derivation.size(store);
    }

    /** What {@link #deriveIfMissing()} found. */
    public enum DerivedGraph {
        /** The store has its derived graph, or holds no stance to derive from: nothing was done. */
        PRESENT,
        /** The embedded store lacked it; it is derived now, in one write. */
        DERIVED,
        /** The remote store lacks it; Parley does not write to a remote store unasked, so {@link #derive()} is the user's call. */
        MISSING
    }

    /**
     * Derives the graph that a store filled before the derived layer existed lacks (queries
     * reading it would answer nothing), before such a store is read: an embedded store is
     * derived once, in one write; a remote store is left as it is and reported.
     */
    public DerivedGraph deriveIfMissing() {
        if (!Derivation.missing(store)) return DerivedGraph.PRESENT;
        if (store instanceof RemoteStore) return DerivedGraph.MISSING;
        Derivation.derive(store);
        return DerivedGraph.DERIVED;
    }

    /** The query catalog. */
    public Catalog catalog() {
        return catalog;
    }

    /**
     * Runs a catalog query with parameters given as text (slugs, IRIs, dates, codes), in one
     * request to the store (after the entities named by parameters are checked).
     *
     * @param name   the query's name ({@code parley query --list} and {@link #catalog()} list them)
     * @param params parameter name → value as text; omitted parameters take their defaults
     * @return the rows, in the query's order
     * @throws org.w3id.parley.query.UnknownQueryException  when no query has that name
     * @throws org.w3id.parley.query.BadParameterException  naming a bad parameter
     */
    public List<Row> query(String name, Map<String, String> params) {
        CatalogQuery cq = catalog.get(name);
        Map<String, RDFNode> bindings = Catalog.bind(cq, params, store);
        return select(QueryRunner.parsed(cq), bindings);
    }

    /**
     * A query named as on the command line ({@code parley query NAME|FILE.rq}): a catalog query by
     * name, or a {@code .rq} file, with a catalog header ({@code #+} lines declaring its
     * parameters) or without one, when its variables are its parameters (see
     * {@link #query(CatalogQuery, Map, ResultFormat, OutputStream)}). Parsed here, so that a syntax
     * error is reported before any store is opened.
     *
     * @throws org.w3id.parley.query.UnknownQueryException when it is neither a catalog name nor a file
     * @throws InvalidArgumentException                     when the file cannot be read
     * @throws InvalidQueryException                        when the query does not parse
     */
    public static CatalogQuery resolveQuery(String nameOrFile) {
        Objects.requireNonNull(nameOrFile, "nameOrFile");
        Catalog catalog = Catalog.bundled();
        CatalogQuery cq;
        if (!nameOrFile.endsWith(".rq") && catalog.has(nameOrFile)) cq = catalog.get(nameOrFile);
        else {
            Path file = Path.of(nameOrFile);
            if (!Files.isRegularFile(file))
                throw new UnknownQueryException("no catalog query or file named '" + nameOrFile + "'; try 'parley query --list'");
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidArgumentException("cannot read " + nameOrFile + ": " + e.getMessage(), e);
            }
            cq = hasHeader(text) ? CatalogQuery.parseFile(file.getFileName().toString().replaceAll("\\.rq$", ""), text)
                    : CatalogQuery.plain(nameOrFile, text);
        }
        QueryRunner.parsed(cq);
        return cq;
    }

    /** Whether query text has a catalog header ({@code #+} lines); the catalog's own queries all do. */
    private static boolean hasHeader(String text) {
        return text.lines().anyMatch(l -> l.strip().startsWith("#+"));
    }

    /**
     * Runs a query of {@link #resolveQuery} and writes its result to {@code out}: SELECT results in
     * {@code format}, ASK as true or false, CONSTRUCT and DESCRIBE as Turtle. A query with a
     * catalog header binds its declared parameters, checked against the store as {@link #query(String, Map)}
     * does; one without binds any of its variables, each value an RDF term in SPARQL syntax, a bare
     * IRI or else plain text. Values are bound as terms, never pasted into the text.
     *
     * @throws org.w3id.parley.query.BadParameterException naming a bad parameter
     */
    public void query(CatalogQuery query, Map<String, String> params, ResultFormat format, OutputStream out) {
        query(query, params, format, out, Page.ALL);
    }

    /**
     * Runs a query as {@link #query(CatalogQuery, Map, ResultFormat, OutputStream)} does and writes
     * one page of its rows ({@code parley query --offset --limit}): the query runs to its end, so
     * the page comes with the number of rows in all.
     *
     * @return for a SELECT, how many rows the whole answer has; otherwise -1
     * @throws BadParameterException when a page is asked of a query that is not a SELECT, or as for the whole answer
     */
    public long query(CatalogQuery query, Map<String, String> params, ResultFormat format, OutputStream out, Page page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(page, "page");
        Query q = QueryRunner.parsed(query);
        Map<String, RDFNode> bindings = hasHeader(query.text()) ? Catalog.bind(query, params, store)
                : Catalog.bindTerms(q, params);
        return QueryRunner.run(store, q, bindings, format, out, page, null);
    }

    /**
     * Runs a raw SPARQL SELECT (the default graph is the union of all graphs).
     *
     * @return the rows: variable → value as text
     * @throws InvalidQueryException when the text does not parse or is not a SELECT (see {@link #ask}, {@link #construct})
     */
    public List<Row> sparql(String select) {
        return select(parse(select, "SELECT", Query::isSelectType, "sparql(...)"), Map.of());
    }

    /**
     * Runs a raw SPARQL ASK.
     *
     * @return its answer
     * @throws InvalidQueryException when the text does not parse or is not an ASK
     */
    public boolean ask(String ask) {
        Query q = parse(ask, "ASK", Query::isAskType, "ask(...)");
        return store.read(c -> {
            try (QueryExecution qe = QueryRunner.build(c, q, Map.of())) {
                return qe.execAsk();
            }
        });
    }

    /**
     * Runs a raw SPARQL CONSTRUCT or DESCRIBE and writes the triples it makes to {@code out} in
     * {@code format}; formats with named graphs ({@link DumpFormat#namedGraphs()}) hold them in
     * the default graph. The result is built in memory before it is written.
     *
     * @return the number of triples written
     * @throws InvalidQueryException when the text does not parse or is neither a CONSTRUCT nor a DESCRIBE
     */
    public long construct(String construct, DumpFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Query q = parse(construct, "CONSTRUCT or DESCRIBE", x -> x.isConstructType() || x.isDescribeType(), "construct(...)");
        Model m = store.read(c -> {
            try (QueryExecution qe = QueryRunner.build(c, q, Map.of())) {
                return q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            }
        });
        if (format.namedGraphs()) RDFDataMgr.write(out, DatasetGraphFactory.wrap(m.getGraph()), format.lang());
        else RDFDataMgr.write(out, m, format.lang());
        return m.size();
    }

    /** Parses raw SPARQL, requiring one query form. */
    private static Query parse(String text, String form, Predicate<Query> isForm, String method) {
        Objects.requireNonNull(text, "query");
        Query q = QueryRunner.parse("query", text);
        if (!isForm.test(q))
            throw new InvalidQueryException("query", "query: " + method + " runs " + form + " queries; this is "
                    + article(kind(q)) + " query: use " + method(q), null);
        return q;
    }

    private static String kind(Query q) {
        return q.isSelectType() ? "SELECT" : q.isAskType() ? "ASK" : q.isConstructType() ? "CONSTRUCT"
                : q.isDescribeType() ? "DESCRIBE" : "JSON";
    }

    private static String article(String kind) {
        return (kind.startsWith("A") ? "an " : "a ") + kind;
    }

    private static String method(Query q) {
        return q.isSelectType() ? "sparql(...)" : q.isAskType() ? "ask(...)" : "construct(...)";
    }

    /** Runs one SELECT in one read of the store, returning its rows as text. */
    private List<Row> select(Query q, Map<String, RDFNode> bindings) {
        if (!q.isSelectType())
            throw new InvalidQueryException("query", "only SELECT queries return rows, not " + article(kind(q)) + " query", null);
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

    // ---- typed reads -------------------------------------------------------------------

    /** Every party: states, international organisations and groups, by ID (one query). */
    public List<Records.PartyInfo> parties() {
        return select("parties").stream()
                .map(r -> new Records.PartyInfo(slug(r.get("r")), local(r.get("type")), r.get("label"),
                        qid(r.get("wikidata")), slug(r.get("represents"))))
                .toList();
    }

    /**
     * Every person with their roles, by ID. One query answers it, so the persons and their roles
     * come from one state of the store even while an import runs.
     */
    public List<Records.PersonInfo> persons() {
        List<Row> rows = select("persons");
        return nested(rows, List.of("p", "label", "wikidata"), "role",
                r -> new Records.RoleInfo(slug(r.get("role")), r.get("office"), r.get("roleType"), slug(r.get("onBehalfOf")),
                        r.get("start"), r.get("end")))
                .stream().map(p -> new Records.PersonInfo(slug(p.first().get("p")), p.first().get("label"),
                        qid(p.first().get("wikidata")), p.children()))
                .toList();
    }

    /**
     * Every region with its control claims, by ID. One query answers it, so the regions and
     * their claims come from one state of the store even while an import runs.
     */
    public List<Records.RegionInfo> regions() {
        List<String> regionColumns = List.of("region", "label", "iso", "wikidata", "country");
        List<Row> rows = select("regions");
        return nested(rows, regionColumns, "r",
                r -> new Records.ControlClaimInfo(slug(r.get("r")), slug(r.get("controller")),
                        r.get("share") == null ? null : new BigDecimal(r.get("share")), r.get("extent"),
                        r.get("asOf"), r.get("time"), ref(r.get("claimant")), r.get("kind"), sourcing(r)))
                .stream().map(g -> {
                    Row r = g.first();
                    return new Records.RegionInfo(slug(r.get("region")), r.get("label"), r.get("iso"), qid(r.get("wikidata")),
                            slug(r.get("country")), g.children());
                })
                .toList();
    }

    /**
     * Every proposal with its provisions, by ID. One query answers it, so a proposal's label,
     * status and provisions come from one state of the store even while an import runs.
     */
    public List<Records.ProposalInfo> proposals() {
        List<String> proposalColumns = List.of("r", "label", "author", "status", "source", "sourceTitle", "basis",
                "confidence", "attributedTo", "hedge");
        List<String> provisionColumns = List.of("pv", "pvLabel", "issue", "option");
        List<Row> rows = select("proposals");
        return nested(rows, proposalColumns, "pv", r -> r).stream().map(g -> {
            Row r = g.first();
            List<Records.ProvisionInfo> provisions = nested(g.children(), provisionColumns, "pvRegion", pv -> slug(pv.get("pvRegion")))
                    .stream().map(pv -> new Records.ProvisionInfo(slug(pv.first().get("pv")), pv.first().get("pvLabel"),
                            slug(pv.first().get("issue")), slug(pv.first().get("option")),
                            pv.children().stream().distinct().toList()))
                    .toList();
            return new Records.ProposalInfo(slug(r.get("r")), r.get("label"), slug(r.get("author")), r.get("status"),
                    provisions, sourcing(r));
        }).toList();
    }

    /** The rows of one parent (say a person) and what {@link #nested} made of its child rows. */
    private record Group<T>(Row first, List<T> children) {}

    /**
     * Groups rows that repeat a parent's {@code parentColumns} once for each of its children, in
     * row order: each parent with its first row and {@code child} applied to each of its rows
     * whose {@code childColumn} is bound (none for a parent without children).
     */
    private static <T> List<Group<T>> nested(List<Row> rows, List<String> parentColumns, String childColumn,
                                             Function<Row, T> child) {
        Map<List<String>, Group<T>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            Group<T> g = groups.computeIfAbsent(r.in(parentColumns), k -> new Group<>(r, new ArrayList<>()));
            if (r.get(childColumn) != null) g.children().add(child.apply(r));
        }
        return List.copyOf(groups.values());
    }

    /** Every stance, by ID (one query). */
    public List<Records.StanceInfo> stances() {
        return stances(null, null);
    }

    /**
     * The stances a party holds, by ID, including those of groups that represent it ("U.S.
     * officials" for the United States), as the catalog's {@code stances-by-party} lists them.
     *
     * @param party a party's slug ({@code ukraine}), {@code party/slug} or IRI
     * @throws org.w3id.parley.query.BadParameterException when {@code party} is malformed or no party in the
     *                                                    store, exactly as for {@code stances-by-party}
     */
    public List<Records.StanceInfo> stancesOf(String party) {
        Objects.requireNonNull(party, "party");
        return stances(parameter("stances-by-party", "party", party), null);
    }

    /**
     * The stances on a target itself, by ID: those rows of the catalog's {@code stances-by-target}
     * whose link is "the target itself" (the catalog query also lists stances on linked terms).
     *
     * @param target {@code proposal/slug}, {@code provision/slug}, {@code option/slug} or an IRI
     * @throws org.w3id.parley.query.BadParameterException when {@code target} lacks its kind, is
     *                                                    malformed or names no target in the store,
     *                                                    exactly as for {@code stances-by-target}
     */
    public List<Records.StanceInfo> stancesOn(String target) {
        Objects.requireNonNull(target, "target");
        return stances(null, parameter("stances-by-target", "target", target));
    }

    /** A value checked and bound exactly as the catalog query {@code query} binds its parameter {@code name}. */
    private RDFNode parameter(String query, String name, String value) {
        return Catalog.bind(catalog.get(query), Map.of(name, value), store).get(name);
    }

    /**
     * The stance matrix (the catalog's {@code stance-matrix}): every principal party × every
     * provision of a proposal (or of all proposals when {@code proposal} is null), with
     * "no known position" where the sources are silent.
     */
    public List<Records.MatrixCell> stanceMatrix(String proposal) {
        Map<String, String> p = proposal == null ? Map.of() : Map.of("proposal", proposal);
        return query("stance-matrix", p).stream()
                .map(r -> new Records.MatrixCell(slug(r.get("proposal")), slug(r.get("provision")), r.get("provisionLabel"),
                        slug(r.get("party")), r.get("partyLabel"), r.get("position"), r.get("link"),
                        slug(r.get("stance")), r.get("basis"), r.get("current")))
                .toList();
    }

    /** Conflicts (the catalog's {@code conflicts}), optionally only those where {@code party} is on either side. */
    public List<Records.Conflict> conflicts(String party) {
        Map<String, String> p = party == null ? Map.of() : Map.of("party", party);
        return query("conflicts", p).stream()
                .map(r -> new Records.Conflict(r.get("issueLabel"), r.get("link"), slug(r.get("forParty")),
                        r.get("forPosition"), ref(r.get("forTarget")), ref(r.get("forRecord")), r.get("forBasis"),
                        slug(r.get("againstParty")), r.get("againstPosition"), ref(r.get("againstTarget")),
                        ref(r.get("againstRecord")), r.get("againstQuote"), r.get("againstBasis")))
                .toList();
    }

    /**
     * Each party's position on each target in effect at {@code date} (the catalog's
     * {@code position-as-of}; YYYY-MM-DD, YYYY-MM or YYYY; null for the latest known positions),
     * optionally for one party and one target ({@code kind/slug}).
     */
    public List<Records.PositionAsOf> stancesAsOf(String date, String party, String target) {
        Map<String, String> p = new LinkedHashMap<>();
        if (date != null) p.put("date", date);
        if (party != null) p.put("party", party);
        if (target != null) p.put("target", target);
        return query("position-as-of", p).stream()
                .map(r -> new Records.PositionAsOf(slug(r.get("party")), ref(r.get("target")), r.get("position"),
                        slug(r.get("stance")), r.get("datedBy"), r.get("dating"), r.get("basis"), slug(r.get("source"))))
                .toList();
    }

    private List<Records.StanceInfo> stances(RDFNode holder, RDFNode target) {
        Map<String, RDFNode> b = new LinkedHashMap<>();
        if (holder != null) b.put("holder", holder);
        if (target != null) b.put("target", target);
        return select(QueryRunner.resource(Parley.class, "stances"), b).stream()
                .map(r -> new Records.StanceInfo(slug(r.get("r")), slug(r.get("h")), r.get("holderLabel"),
                        slug(r.get("speaker")), ref(r.get("target")), r.get("targetLabel"), r.get("position"),
                        r.get("condition"), r.get("statedOn"), r.get("time"), r.get("quote"), sourcing(r),
                        r.get("datedBy"), r.get("dating"), r.get("status")))
                .toList();
    }

    /** Runs the typed read kept as {@code org/w3id/parley/api/NAME.rq}, which binds nothing. */
    private List<Row> select(String resource) {
        return select(QueryRunner.resource(Parley.class, resource), Map.of());
    }

    private static Records.Sourcing sourcing(Row r) {
        return new Records.Sourcing(slug(r.get("source")), r.get("sourceTitle"), r.get("basis"), r.get("confidence"),
                ref(r.get("attributedTo")), r.get("hedge"));
    }

    /** The slug at the end of a Parley IRI (null stays null). */
    private static String slug(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** {@code kind/slug} of a Parley IRI (null stays null). */
    private static String ref(String iri) {
        if (iri == null) return null;
        String base = org.w3id.parley.rdf.Ids.ID_BASE;
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    /** The local name of a vocabulary IRI. */
    private static String local(String iri) {
        return iri.substring(iri.indexOf('#') + 1);
    }

    /** The QID of a Wikidata IRI (null stays null). */
    private static String qid(String iri) {
        return iri == null ? null : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /**
     * Writes the whole dataset, with its VoID/DCAT description, in a format (deterministic:
     * the same store gives the same bytes). Only embedded stores can be dumped; a remote store
     * publishes its own dumps (or answers {@link #construct} for a part of the data).
     *
     * @return what was written
     * @throws StoreException for a remote store, naming its endpoint
     * @throws org.w3id.parley.dump.DumpException when the dump cannot be written
     */
    public DumpSummary dump(DumpFormat format, OutputStream out) {
        return embeddedDumper().write(format, out);
    }

    /**
     * Writes the whole dataset to a file ({@code .gz} names are gzipped); a failed write leaves no file.
     *
     * @return what was written
     * @throws StoreException for a remote store, naming its endpoint
     * @throws org.w3id.parley.dump.DumpException naming the file when it cannot be written
     */
    public DumpSummary dump(DumpFormat format, Path file) {
        return embeddedDumper().write(format, file);
    }

    /**
     * A dumper of the whole store, to choose one graph, the description's SPARQL endpoint, dump
     * base and date, or to write every format ({@link Dumper#writeAll}): an embedded store is read
     * in one read transaction, any other with one SPARQL SELECT, which gives the same bytes for
     * the same data.
     */
    public Dumper.Builder dumper() {
        return store instanceof TdbStore tdb ? Dumper.create(tdb.datasetGraph()) : Dumper.create(store);
    }

    /** The stance report of the store, read with one query per section (see {@link StanceReport}). */
    public StanceReport report() {
        return StanceReport.read(store);
    }

    private Dumper embeddedDumper() {
        if (!(store instanceof TdbStore tdb))
            throw new StoreException("only an embedded store can be dumped; " + store.describe()
                    + " is not one: use the server's own dumps, or construct(...) for a part of the data",
                    store instanceof RemoteStore r ? r.queryEndpoint() : null, null);
        return Dumper.create(tdb.datasetGraph()).build();
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }

    /**
     * Closes this Parley when the JVM stops (SIGTERM, Ctrl-C), after {@code first} (say a server
     * reading the store) has run, and reports how the store was left in one line to {@code report}.
     * A reader that died (out of memory, say) can leave its read transaction open for good, so
     * that an embedded store does not close: reads change nothing on disk, so its transactions are
     * then discarded and the store released anyway; an unfinished write is never committed, and
     * TDB2 recovers from its journal.
     */
    public void closeOnShutdown(Runnable first, Consumer<String> report) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(report, "report");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            first.run();
            try {
                close();
                report.accept("Parley stopped; the store is closed.");
            } catch (RuntimeException e) {
                try {
                    if (!(store instanceof TdbStore tdb)) throw e;
                    TDBInternal.expel(tdb.datasetGraph(), true);
                    report.accept("Parley stopped; the store is closed (transactions left open by failed requests were "
                            + "discarded, uncommitted).");
                } catch (RuntimeException again) {
                    report.accept("Parley stopped; the store was not closed (" + e.getMessage()
                            + "); nothing unfinished was committed, so it opens as of its last commit.");
                }
            }
        }, "parley-shutdown"));
    }
}
