package org.w3id.parley.api;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.DumpSummary;
import org.w3id.parley.dump.Dumper;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Writer;
import org.w3id.parley.model.Document;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import org.w3id.parley.store.TdbStore;

import java.io.OutputStream;
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

    /**
     * Connects to a SPARQL 1.1 store over HTTP, Fuseki-style: {@code url} is the dataset
     * ({@code http://host:3030/ds}), with query at {@code /sparql}, update at {@code /update} and
     * the Graph Store Protocol at {@code /data}. For other layouts (Virtuoso) or credentials,
     * build a {@link RemoteStore} and use {@link #of(Store)}.
     */
    public static Parley connect(String url) {
        return new Parley(RemoteStore.at(Objects.requireNonNull(url, "url")).build());
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
            byte[] json = Writer.toJson(d);
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


    // ---- typed reads -------------------------------------------------------------------

    private static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    /** The sourcing columns every reported record shares: ?source ?sourceTitle ?basis ?confidence ?attributedTo. */
    private static final String SOURCING = """
            ?r prov:wasDerivedFrom ?source ; parley:reportingBasis ?b ; parley:confidence ?c .
            ?b skos:notation ?basis . ?c skos:notation ?confidence .
            OPTIONAL { ?source dcterms:title ?sourceTitle }
            OPTIONAL { ?r parley:attributedTo ?attributedTo }
            """;

    /** Every party: states, international organisations and groups, by ID. */
    public List<Records.PartyInfo> parties() {
        return select(PREFIXES + """
                SELECT ?r ?type ?label ?wikidata ?represents {
                  VALUES ?type { parley:State parley:InternationalOrganization parley:Group }
                  ?r a ?type ; rdfs:label ?label .
                  OPTIONAL { ?r parley:wikidata ?wikidata }
                  OPTIONAL { ?r parley:represents ?represents }
                } ORDER BY ?r""").stream()
                .map(r -> new Records.PartyInfo(slug(r.get("r")), local(r.get("type")), r.get("label"),
                        qid(r.get("wikidata")), slug(r.get("represents"))))
                .toList();
    }

    /** Every person with their roles, by ID. */
    public List<Records.PersonInfo> persons() {
        Map<String, List<Records.RoleInfo>> roles = new LinkedHashMap<>();
        for (Row r : select(PREFIXES + """
                SELECT ?p ?role ?office ?roleType ?onBehalfOf ?start ?end {
                  ?p parley:holdsRole ?role . ?role parley:office ?office ; parley:roleType ?t . ?t skos:notation ?roleType .
                  OPTIONAL { ?role parley:onBehalfOf ?onBehalfOf }
                  OPTIONAL { ?role parley:startDate ?start }
                  OPTIONAL { ?role parley:endDate ?end }
                } ORDER BY ?p ?start ?role"""))
            roles.computeIfAbsent(r.get("p"), k -> new ArrayList<>()).add(new Records.RoleInfo(slug(r.get("role")),
                    r.get("office"), r.get("roleType"), slug(r.get("onBehalfOf")), r.get("start"), r.get("end")));
        return select(PREFIXES + """
                SELECT ?p ?label ?wikidata { ?p a parley:Person ; rdfs:label ?label . OPTIONAL { ?p parley:wikidata ?wikidata } }
                ORDER BY ?p""").stream()
                .map(r -> new Records.PersonInfo(slug(r.get("p")), r.get("label"), qid(r.get("wikidata")),
                        roles.getOrDefault(r.get("p"), List.of())))
                .toList();
    }

    /** Every region with its control claims, by ID. */
    public List<Records.RegionInfo> regions() {
        Map<String, List<Records.ControlClaimInfo>> claims = new LinkedHashMap<>();
        for (Row r : select(PREFIXES + """
                SELECT ?region ?r ?controller ?share ?extent ?asOf ?time ?claimant ?kind
                       ?source ?sourceTitle ?basis ?confidence ?attributedTo {
                  ?r a parley:ControlClaim ; parley:region ?region ; parley:controller ?controller ;
                     parley:claimKind ?k . ?k skos:notation ?kind .
                  OPTIONAL { ?r parley:sharePercent ?share }
                  OPTIONAL { ?r parley:extent ?e . ?e skos:notation ?extent }
                  OPTIONAL { ?r parley:asOf ?asOf }
                  OPTIONAL { ?r parley:timeExpression ?time }
                  OPTIONAL { ?r parley:claimant ?claimant }
                """ + SOURCING + "} ORDER BY ?region ?r"))
            claims.computeIfAbsent(r.get("region"), k -> new ArrayList<>()).add(new Records.ControlClaimInfo(
                    slug(r.get("r")), slug(r.get("controller")),
                    r.get("share") == null ? null : new java.math.BigDecimal(r.get("share")), r.get("extent"),
                    r.get("asOf"), r.get("time"), ref(r.get("claimant")), r.get("kind"), sourcing(r)));
        return select(PREFIXES + """
                SELECT ?region ?label ?iso ?wikidata ?country {
                  ?region a parley:Region ; rdfs:label ?label .
                  OPTIONAL { ?region parley:iso3166Code ?iso }
                  OPTIONAL { ?region parley:wikidata ?wikidata }
                  OPTIONAL { ?region parley:deJureCountry ?country }
                } ORDER BY ?region""").stream()
                .map(r -> new Records.RegionInfo(slug(r.get("region")), r.get("label"), r.get("iso"),
                        qid(r.get("wikidata")), slug(r.get("country")), claims.getOrDefault(r.get("region"), List.of())))
                .toList();
    }

    /** Every proposal with its provisions, by ID. */
    public List<Records.ProposalInfo> proposals() {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        for (Row r : select(PREFIXES + "SELECT ?pv ?region { ?pv a parley:Provision ; parley:concernsRegion ?region } ORDER BY ?pv ?region"))
            regions.computeIfAbsent(r.get("pv"), k -> new ArrayList<>()).add(slug(r.get("region")));
        Map<String, List<Records.ProvisionInfo>> provisions = new LinkedHashMap<>();
        for (Row r : select(PREFIXES + """
                SELECT ?p ?pv ?label ?issue ?option {
                  ?p parley:hasProvision ?pv . ?pv rdfs:label ?label .
                  OPTIONAL { ?pv parley:onIssue ?issue }
                  OPTIONAL { ?pv parley:selectsOption ?option }
                } ORDER BY ?p ?pv"""))
            provisions.computeIfAbsent(r.get("p"), k -> new ArrayList<>()).add(new Records.ProvisionInfo(
                    slug(r.get("pv")), r.get("label"), slug(r.get("issue")), slug(r.get("option")),
                    regions.getOrDefault(r.get("pv"), List.of())));
        return select(PREFIXES + """
                SELECT ?r ?label ?author ?status ?source ?sourceTitle ?basis ?confidence ?attributedTo {
                  ?r a parley:Proposal ; rdfs:label ?label ; parley:author ?author ;
                     parley:proposalStatus ?s . ?s skos:notation ?status .
                """ + SOURCING + "} ORDER BY ?r").stream()
                .map(r -> new Records.ProposalInfo(slug(r.get("r")), r.get("label"), slug(r.get("author")),
                        r.get("status"), provisions.getOrDefault(r.get("r"), List.of()), sourcing(r)))
                .toList();
    }

    /** Every stance, by ID. */
    public List<Records.StanceInfo> stances() {
        return stances(null, null);
    }

    /**
     * The stances a party holds (its slug or IRI), by ID, including those of groups that
     * represent it ("U.S. officials" for the United States), as the catalog's {@code stances-by-party} lists them.
     */
    public List<Records.StanceInfo> stancesOf(String party) {
        return stances(entity("party", party), null);
    }

    /** The stances on a target, given as {@code proposal/…}, {@code provision/…}, {@code option/…} or an IRI, by ID. */
    public List<Records.StanceInfo> stancesOn(String target) {
        Objects.requireNonNull(target, "target");
        String iri = target.startsWith("http") ? target : org.w3id.parley.rdf.Ids.ID_BASE + target;
        return stances(null, iri);
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
                        slug(r.get("stance")), r.get("basis")))
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

    private List<Records.StanceInfo> stances(String holder, String target) {
        Map<String, RDFNode> b = new LinkedHashMap<>();
        if (holder != null) b.put("holder", org.apache.jena.rdf.model.ResourceFactory.createResource(holder));
        if (target != null) b.put("target", org.apache.jena.rdf.model.ResourceFactory.createResource(target));
        return select(QueryRunner.parse("stances", PREFIXES + """
                SELECT DISTINCT ?r ?h ?holderLabel ?speaker ?target ?targetLabel ?position ?condition ?statedOn ?time ?quote
                       ?source ?sourceTitle ?basis ?confidence ?attributedTo {
                  ?r a parley:Stance ; parley:holder ?h ; parley:target ?target ; parley:position ?p .
                  ?h parley:represents? ?holder .   # the holder itself, or a group that represents it
                  ?p skos:notation ?position .
                  OPTIONAL { ?h rdfs:label ?holderLabel }
                  OPTIONAL { ?target rdfs:label ?targetLabel }
                  OPTIONAL { ?r parley:speaker ?speaker }
                  OPTIONAL { ?r parley:condition ?condition }
                  OPTIONAL { ?r parley:statedOn ?statedOn }
                  OPTIONAL { ?r parley:timeExpression ?time }
                  OPTIONAL { ?r parley:quote ?quote }
                """ + SOURCING + "} ORDER BY ?r"), b).stream()
                .map(r -> new Records.StanceInfo(slug(r.get("r")), slug(r.get("h")), r.get("holderLabel"),
                        slug(r.get("speaker")), ref(r.get("target")), r.get("targetLabel"), r.get("position"),
                        r.get("condition"), r.get("statedOn"), r.get("time"), r.get("quote"), sourcing(r)))
                .toList();
    }

    private List<Row> select(String sparql) {
        return select(QueryRunner.parse("query", sparql), Map.of());
    }

    private static Records.Sourcing sourcing(Row r) {
        return new Records.Sourcing(slug(r.get("source")), r.get("sourceTitle"), r.get("basis"), r.get("confidence"),
                ref(r.get("attributedTo")));
    }

    /** An entity IRI from a slug or an IRI. */
    private static String entity(String kind, String slugOrIri) {
        Objects.requireNonNull(slugOrIri, kind);
        return slugOrIri.startsWith("http") ? slugOrIri : org.w3id.parley.rdf.Ids.entity(kind, slugOrIri);
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
     * publishes its own dumps.
     *
     * @throws IllegalStateException for a remote store
     */
    public DumpSummary dump(DumpFormat format, OutputStream out) {
        return dumper().write(format, out);
    }

    /** Writes the whole dataset to a file ({@code .gz} names are gzipped). */
    public DumpSummary dump(DumpFormat format, Path file) {
        return dumper().write(format, file);
    }

    private Dumper dumper() {
        if (!(store instanceof TdbStore tdb))
            throw new IllegalStateException("only an embedded store can be dumped; " + store.describe() + " is not one");
        return Dumper.create(tdb.datasetGraph()).build();
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }
}
