package org.w3id.parley.store;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.w3id.parley.Bundled;
import org.w3id.parley.ParleyException;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.Mapper;

import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A store behind the SPARQL 1.1 protocols only — Query, Update and the Graph Store Protocol —
 * so any conforming server works: Fuseki, Virtuoso, GraphDB, ….
 *
 * <pre>{@code
 * // Fuseki: the dataset URL; /sparql, /update and /data are derived from it.
 * Store fuseki = RemoteStore.at("http://localhost:3030/parley").build();
 * // Virtuoso: updates and graph writes go to its authenticated endpoints.
 * Store virtuoso = RemoteStore.at("http://localhost:8890/sparql")
 *         .update("http://localhost:8890/sparql-auth")
 *         .gsp("http://localhost:8890/sparql-graph-crud-auth")
 *         .credentials(Credentials.fromFile(Path.of("virtuoso.cred")))
 *         .build();
 * }</pre>
 *
 * <p><b>How a write stays all or nothing.</b> {@link #replaceGraphs} streams the new quads into
 * fresh staging graphs ({@value #STAGING_BASE}{@code {uuid}/{n}}) with SPARQL Update
 * {@code INSERT DATA} requests of at most {@link Builder#batchSize} quads and about
 * {@link Builder#batchBytes} bytes each, spanning graphs, so
 * neither the whole input nor a request per graph is needed; a manifest graph
 * ({@code {uuid}/manifest}) records which staging graph replaces which target. Then ONE SPARQL
 * Update request of four operations, whatever the number of graphs, swaps them in: it deletes
 * the targets' triples, copies each staging graph into its target and deletes the staging
 * graphs and the manifest (see {@link #swap}). Until that request the targets are untouched:
 * any failure before it drops the run's staging graphs (best effort) and throws
 * {@link StoreException}. The swap itself is atomic where the server runs one update request as
 * one transaction (Fuseki does; see src/site/markdown/remote-stores.md for Virtuoso). A write that fits
 * in one batch skips staging: it is one request of a {@code DROP SILENT GRAPH} per target and an
 * {@code INSERT DATA}, so that readers of a union default graph never see staging graphs.
 *
 * <p>Credentials are registered with Jena's process-wide {@link AuthEnv} for this store's
 * endpoint URLs while the store is open; Jena answers both Basic and Digest challenges with them.
 */
public final class RemoteStore implements Store {
    /** Prefix of the staging graphs that hold an import's quads until the swap. */
    public static final String STAGING_BASE = Ids.GRAPH_BASE + "staging/";
    /** Default number of quads per staging request. */
    public static final int DEFAULT_BATCH_SIZE = 50_000;
    /**
     * Default size of a staging request's body, estimated from its quads: 2 MiB, half of the
     * request limit of {@code parley serve} by default ({@code --max-body}), since 50,000 quads
     * of Parley's data make about 8 MB. A server that still refuses a request as too large
     * (HTTP 413) gets its quads again in two requests of half the size, and the rest of the
     * write in requests no larger.
     */
    public static final long DEFAULT_BATCH_BYTES = 2L << 20;
    /** Links a staging graph to the target it replaces, in a run's manifest graph. */
    static final Node REPLACES = NodeFactory.createURI(STAGING_BASE + "replaces");
    /**
     * Most graphs a write replaces in one request when its quads fit in one batch (a DROP per
     * graph; Virtuoso refuses requests of a few hundred operations as too large).
     */
    static final int DIRECT_MAX_GRAPHS = 64;
    /** Most graphs dropped by one request of {@link #dropStaging}. */
    static final int DROP_BATCH = 100;

    private final String queryUrl;
    private final String updateUrl;
    private final String gspUrl;
    private final int batchSize;
    /** Body size a staging request is cut at; halved when the server answers 413 (see {@link Stager#write}). */
    private long batchBytes;
    private final Credentials credentials;
    private long requests;
    /** Whether this store has answered the update endpoint's authentication challenge (see {@link #authenticate()}). */
    private boolean authenticated;
    /** Whether the server refused an update together with its follow-up operations (see {@link #updateThen}). */
    private boolean splitFollowUps;

    private RemoteStore(Builder b) {
        this.queryUrl = b.query;
        this.updateUrl = b.update;
        this.gspUrl = b.gsp;
        this.batchSize = b.batchSize;
        this.batchBytes = b.batchBytes;
        this.credentials = b.credentials;
        if (credentials != null)
            for (String url : endpoints()) {
                AuthEnv.get().registerUsernamePassword(URI.create(url), credentials.user(), credentials.password());
                // An Authorization header Jena cached for an earlier store at this endpoint
                // would otherwise be sent instead of these credentials.
                AuthEnv.get().unregisterAuthModifier(url);
            }
    }

    /**
     * A builder for the store at {@code url}: either a SPARQL query endpoint (its last path
     * segment is {@code sparql} or {@code query}) or a Fuseki-style dataset URL. Update and
     * Graph Store Protocol endpoints default to the dataset's {@code /update} and {@code /data}.
     *
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static Builder at(String url) {
        return new Builder(url);
    }

    /** The SPARQL query endpoint. */
    public String queryEndpoint() {
        return queryUrl;
    }

    /** The SPARQL update endpoint. */
    public String updateEndpoint() {
        return updateUrl;
    }

    /** The Graph Store Protocol endpoint. */
    public String gspEndpoint() {
        return gspUrl;
    }

    private Set<String> endpoints() {
        return new LinkedHashSet<>(List.of(queryUrl, updateUrl, gspUrl));
    }

    @Override
    public void replaceGraphs(Set<String> graphs, Consumer<Consumer<Quad>> quads, UpdateRequest then) {
        Objects.requireNonNull(graphs, "graphs");
        Objects.requireNonNull(quads, "quads");
        Objects.requireNonNull(then, "then");
        String run = STAGING_BASE + UUID.randomUUID() + "/";
        Node manifest = NodeFactory.createURI(run + "manifest");
        Map<String, Node> staging = new LinkedHashMap<>();
        int n = 0;
        for (String g : new TreeSet<>(graphs)) staging.put(g, NodeFactory.createURI(run + n++));
        Stager stager = new Stager(staging, manifest, graphs.size() <= DIRECT_MAX_GRAPHS);
        try {
            quads.accept(stager::add);
            if (stager.direct) {
                try {
                    replaceInOneRequest(staging.keySet(), stager.batch, then);
                    return;
                } catch (StoreException e) {
                    // Refused as too large before it ran: staged in smaller requests instead.
                    if (!tooLarge(e)) throw e;
                    stager.stageHeld();
                }
            }
            stager.flush();
        } catch (RuntimeException e) {
            dropQuietly(run);
            if (e instanceof ParleyException) throw e;
            throw new StoreException("write to " + describe() + " failed before any graph was replaced: " + e.getMessage(), gspUrl, e);
        }
        try {
            // Sent again after a refusal only while its manifest is there: a swap that ran
            // drops it, and running it again would then empty the targets.
            updateThen(swap(manifest), then, "swap the staged graphs into place at", () -> holds(manifest));
        } catch (StoreException e) {
            dropQuietly(run);
            throw e;
        }
    }

    /**
     * A write that fits in one batch, as ONE update request and no staging graph:
     * {@code DROP SILENT GRAPH <target>} for each target, then {@code INSERT DATA} of the new
     * quads. Where the server runs a request as one transaction (Fuseki), a reader sees the
     * store before or after it, even through the union default graph, which would show staging
     * graphs beside their targets. DROP removes a graph as stored, whatever form its literals
     * were written in.
     */
    private void replaceInOneRequest(Set<String> targets, List<Quad> quads, UpdateRequest then) {
        UpdateRequest r = new UpdateRequest();
        for (String g : targets) r.add(new UpdateDrop(NodeFactory.createURI(g), true));
        if (!quads.isEmpty()) r.add(insertData(quads));
        updateThen(r, then, "replace " + targets.size() + " graphs with " + quads.size() + " quads at", () -> true);
    }

    /**
     * Sends {@code main} with the operations of {@code then} in the same request, so that a
     * server running a request as one transaction (Fuseki) applies both or neither. A server
     * that refuses the request as a whole (HTTP 400 or 500: Virtuoso 7.2 will not compile a
     * request whose SQL exceeds 10,000 lines, or overflows its stack on it, which the derivation
     * rules beside a replacement do) gets {@code main} again if {@code mainNeeded} says it did
     * not run, then each operation of {@code then}, one request each, from then on; such a server
     * does not run a request all or nothing anyway. The replacement and the rules give the same
     * result when run again.
     */
    private void updateThen(UpdateRequest main, UpdateRequest then, String doing, java.util.function.BooleanSupplier mainNeeded) {
        if (then.getOperations().isEmpty()) {
            update(main, doing);
            return;
        }
        boolean skipMain = main.getOperations().isEmpty();
        if (!splitFollowUps) {
            UpdateRequest all = new UpdateRequest();
            main.getOperations().forEach(all::add);
            then.getOperations().forEach(all::add);
            try {
                update(all, doing);
                return;
            } catch (StoreException e) {
                if (!(e.getCause() instanceof HttpException he) || (he.getStatusCode() != 400 && he.getStatusCode() != 500)) throw e;
                splitFollowUps = true;
                skipMain = skipMain || !mainNeeded.getAsBoolean();
            }
        }
        if (!skipMain) update(main, doing);
        for (org.apache.jena.update.Update op : then.getOperations()) update(new UpdateRequest(op), "derive (" + op.getClass().getSimpleName() + ") at");
    }

    /**
     * Whether this store sends follow-up operations (the derivation rules) in requests of their
     * own, because the server refused them together with a replacement (see {@link #updateThen}).
     */
    public boolean splitsFollowUps() {
        return splitFollowUps;
    }

    /** Sends one update request, counted in {@link #requests}; a failure names what was being done. */
    private void update(UpdateRequest r, String doing) {
        authenticate();
        try {
            UpdateExecHTTP.service(updateUrl).update(r).execute();
        } catch (RuntimeException e) {
            throw failure(doing, updateUrl, e);
        }
        requests++;
    }

    /** Whether the server refused a request as too large (HTTP 413), which it then did not run. */
    private static boolean tooLarge(StoreException e) {
        return e.getCause() instanceof HttpException he && he.getStatusCode() == 413;
    }

    /**
     * About how many bytes a quad takes in an {@code INSERT DATA} request: its terms as written
     * (full IRIs, UTF-8, escapes counted) and its layout; its graph's share is not counted (one
     * {@code GRAPH} block per graph a request touches).
     */
    static long bytes(Quad q) {
        return bytes(q.getSubject()) + bytes(q.getPredicate()) + bytes(q.getObject()) + QUAD_LAYOUT_BYTES;
    }

    /** A quad's share of the request's layout: indentation, spaces, the final dot and newline. */
    private static final int QUAD_LAYOUT_BYTES = 24;

    private static long bytes(Node n) {
        if (n.isURI()) return utf8(n.getURI()) + 2;
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage(), type = n.getLiteralDatatypeURI();
            long suffix = lang != null && !lang.isEmpty() ? lang.length() + 1
                    : type == null || type.equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI()) ? 0 : utf8(type) + 4;
            return utf8(n.getLiteralLexicalForm()) + 2 + suffix;
        }
        return 24;
    }

    /** UTF-8 length of {@code s}, with one more byte for each character written as an escape. */
    private static long utf8(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' ? 2 : 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /** {@code INSERT DATA} of quads grouped by graph, so the request has one GRAPH block per graph. */
    private static UpdateDataInsert insertData(List<Quad> quads) {
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort(Comparator.comparing(q -> q.getGraph().getURI()));
        QuadDataAcc data = new QuadDataAcc();
        for (Quad q : sorted) data.addQuad(q);
        return new UpdateDataInsert(data);
    }

    /**
     * The one update request that puts a run's staged graphs in place of their targets, four
     * operations whatever the number of graphs (a request that grew with them would hit the
     * size limits of servers: Virtuoso refuses a few hundred DROP/INSERT pairs as too large):
     * <pre>
     * DELETE { GRAPH ?target  { ?s ?p ?o } } WHERE { GRAPH &lt;manifest&gt; { ?staging replaces ?target } GRAPH ?target  { ?s ?p ?o } } ;
     * INSERT { GRAPH ?target  { ?s ?p ?o } } WHERE { GRAPH &lt;manifest&gt; { ?staging replaces ?target } GRAPH ?staging { ?s ?p ?o } } ;
     * DELETE { GRAPH ?staging { ?s ?p ?o } } WHERE { GRAPH &lt;manifest&gt; { ?staging replaces ?target } GRAPH ?staging { ?s ?p ?o } } ;
     * DROP SILENT GRAPH &lt;manifest&gt;
     * </pre>
     * Not {@code MOVE} or {@code COPY}: besides naming each graph, Jena 5.6.0's TDB2 (behind
     * Fuseki) streams them from one graph into another of the same indexes and loses triples
     * when the target was cleared earlier in the same transaction. DELETE/INSERT … WHERE
     * evaluate their pattern before changing anything, and are just as standard.
     */
    static UpdateRequest swap(Node manifest) {
        Var staging = Var.alloc("staging"), target = Var.alloc("target");
        UpdateRequest r = new UpdateRequest();
        r.add(modify(manifest, target, target, false));
        r.add(modify(manifest, staging, target, true));
        r.add(modify(manifest, staging, staging, false));
        r.add(new UpdateDrop(manifest, true));
        return r;
    }

    /** Deletes the triples of graph {@code from}, or with {@code insert} copies them into {@code to}, for each manifest row. */
    private static Update modify(Node manifest, Var from, Var to, boolean insert) {
        Var s = Var.alloc("s"), p = Var.alloc("p"), o = Var.alloc("o");
        UpdateModify m = new UpdateModify();
        if (insert) {
            m.setHasInsertClause(true);
            m.getInsertAcc().addQuad(Quad.create(to, s, p, o));
        } else {
            m.setHasDeleteClause(true);
            m.getDeleteAcc().addQuad(Quad.create(to, s, p, o));
        }
        ElementGroup where = new ElementGroup();
        ElementTriplesBlock row = new ElementTriplesBlock();
        row.addTriple(Triple.create(Var.alloc("staging"), REPLACES, Var.alloc("target")));
        where.addElement(new ElementNamedGraph(manifest, row));
        ElementTriplesBlock triples = new ElementTriplesBlock();
        triples.addTriple(Triple.create(s, p, o));
        where.addElement(new ElementNamedGraph(from, triples));
        m.setElement(where);
        return m;
    }

    /**
     * Sends quads to the staging graphs as SPARQL Update {@code INSERT DATA} requests of up to
     * {@link Builder#batchSize} quads each, one {@code GRAPH} block per staging graph the batch
     * touches: the number of requests grows with the number of quads, not of graphs. (The Graph
     * Store Protocol writes one graph per request, and Virtuoso takes no quads at its dataset.)
     */
    private final class Stager {
        private final Map<String, Node> staging;
        private final Node manifest;
        private final List<Quad> batch = new ArrayList<>();
        /** The estimated body size of {@link #batch} (see {@link #bytes(Quad)}). */
        private long bytes;
        /** Quads are held in their target graphs, not staged yet: the write may fit in one request. */
        boolean direct;

        Stager(Map<String, Node> staging, Node manifest, boolean direct) {
            this.staging = staging;
            this.manifest = manifest;
            this.direct = direct;
            if (!direct) sendManifest();
        }

        /** The manifest first: a staging run that dies is then complete enough to be found and dropped. */
        private void sendManifest() {
            for (Map.Entry<String, Node> e : staging.entrySet())
                send(Quad.create(manifest, e.getValue(), REPLACES, NodeFactory.createURI(e.getKey())));
        }

        void add(Quad q) {
            Node g = q.getGraph();
            Node to = g.isURI() ? staging.get(g.getURI()) : null;
            if (to == null) throw new IllegalStateException("quad outside the graphs being replaced: " + q);
            // In canonical form: the swap deletes the staging graphs by term, and a store
            // keeping numbers by value (TDB2 behind Fuseki) gives "100"^^xsd:decimal back as
            // "100.0", which a delete of what it gave back would miss, leaving the quad staged.
            Node o = Mapper.canonical(q.getObject());
            if (direct) {
                Quad held = Quad.create(g, q.getSubject(), q.getPredicate(), o);
                batch.add(held);
                bytes += bytes(held);
                if (batch.size() >= batchSize || bytes >= batchBytes) stageHeld();
                return;
            }
            send(Quad.create(to, q.getSubject(), q.getPredicate(), o));
        }

        /** More than one batch after all: the manifest, then the quads held so far, go to the staging graphs. */
        void stageHeld() {
            direct = false;
            List<Quad> held = new ArrayList<>(batch);
            batch.clear();
            bytes = 0;
            sendManifest();
            for (Quad q : held) send(Quad.create(staging.get(q.getGraph().getURI()), q.asTriple()));
        }

        void send(Quad q) {
            batch.add(q);
            bytes += bytes(q);
            if (batch.size() >= batchSize || bytes >= batchBytes) flush();
        }

        void flush() {
            if (batch.isEmpty()) return;
            write(batch, bytes);
            batch.clear();
            bytes = 0;
        }

        /**
         * One {@code INSERT DATA} of {@code quads} into the staging graphs. A server that refuses it
         * as too large (413: it read none of it) gets each half in a request of its own, and the
         * requests after it are cut at half the size that was refused.
         */
        private void write(List<Quad> quads, long size) {
            try {
                update(new UpdateRequest(insertData(quads)), "write " + quads.size() + " quads to staging graphs at");
            } catch (StoreException e) {
                if (!tooLarge(e) || quads.size() < 2) throw e;
                batchBytes = Math.max(1, Math.min(batchBytes, size / 2));
                int half = quads.size() / 2;
                List<Quad> first = quads.subList(0, half), second = quads.subList(half, quads.size());
                write(first, first.stream().mapToLong(RemoteStore::bytes).sum());
                write(second, second.stream().mapToLong(RemoteStore::bytes).sum());
            }
        }
    }

    /**
     * Before this store's first write, with credentials: an empty update request (no
     * operations), so that the server's challenge is answered on a request without a body to
     * speak of. Jena answers a 401 by sending the request again with the credentials and keeps
     * the Authorization header for the endpoint's later requests; a server that sends the 401
     * before it has read a large body may close the connection while the body is still being
     * written, and the write then fails with a broken pipe instead of being sent again.
     * A probe refused for any other reason (a server that wants at least one operation) is of no
     * concern: the challenge has been answered.
     *
     * @throws StoreException when the server still refuses the credentials
     */
    private void authenticate() {
        if (credentials == null || authenticated) return;
        try {
            UpdateExecHTTP.service(updateUrl).updateString("").execute();
        } catch (HttpException e) {
            if (e.getStatusCode() == 401 || e.getStatusCode() == 403) throw failure("authenticate at", updateUrl, e);
        } catch (RuntimeException ignored) {
            // Not an answer about the credentials: the write itself will say what is wrong.
        }
        authenticated = true;
    }

    /** Whether the store holds a quad in graph {@code g}. */
    private boolean holds(Node g) {
        return read(c -> {
            try (var qe = c.newQuery().query(query("holds-graph"))
                    .substitution("g", org.apache.jena.rdf.model.ResourceFactory.createResource(g.getURI())).build()) {
                return qe.execAsk();
            }
        });
    }

    /** Drops every graph under {@code prefix} in one request, ignoring failures: used to clean up after a failure. */
    private void dropQuietly(String prefix) {
        try {
            UpdateExecHTTP.service(updateUrl).update(dropUnder(prefix)).execute();
        } catch (RuntimeException ignored) {
            // Best effort: the store may be the thing that failed. Staging graphs never touch
            // the targets, and their IRIs (under STAGING_BASE) say what they are.
        }
    }

    /**
     * {@code DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), prefix)) }}:
     * one request of fixed size however many graphs there are.
     */
    private static UpdateRequest dropUnder(String prefix) {
        Var g = Var.alloc("g"), s = Var.alloc("s"), p = Var.alloc("p"), o = Var.alloc("o");
        UpdateModify m = new UpdateModify();
        m.setHasDeleteClause(true);
        m.getDeleteAcc().addQuad(Quad.create(g, s, p, o));
        ElementGroup where = new ElementGroup();
        ElementTriplesBlock triples = new ElementTriplesBlock();
        triples.addTriple(Triple.create(s, p, o));
        where.addElement(new ElementNamedGraph(g, triples));
        where.addElementFilter(new ElementFilter(new E_StrStartsWith(new E_Str(new ExprVar(g)), NodeValue.makeString(prefix))));
        m.setElement(where);
        return new UpdateRequest(m);
    }

    /**
     * Drops every staging graph in the store: those left behind by imports that died together
     * with the store, so that they could not clean up. Only call it when no import into this
     * store is running: a staging graph dropped under a running import would empty its target.
     *
     * @return the staging graphs dropped
     */
    public Set<String> dropStaging() {
        return dropStaging(staging().keySet());
    }

    /**
     * Drops the staging graphs {@code graphs} (IRIs under {@value #STAGING_BASE}; others are refused).
     * Only call it when no import into this store is running (see {@link #dropStaging()}).
     *
     * @return the graphs dropped
     * @throws IllegalArgumentException when a graph is not a staging graph
     */
    public Set<String> dropStaging(Set<String> graphs) {
        Set<String> stale = new TreeSet<>(graphs);
        for (String g : stale)
            if (!g.startsWith(STAGING_BASE)) throw new IllegalArgumentException("Illegal graph=" + g + ": not a staging graph (" + STAGING_BASE + "…)");
        // DROP GRAPH, not DELETE … WHERE: a leftover of an older Parley may hold literals in a
        // form the store does not give back ("100"^^xsd:decimal in TDB2, which reads "100.0"),
        // and a delete by the terms a pattern matched misses them; DROP removes the graph as
        // stored. A request of DROP_BATCH graphs at most, so that none grows with the store.
        List<String> all = new ArrayList<>(stale);
        for (int i = 0; i < all.size(); i += DROP_BATCH) {
            UpdateRequest r = new UpdateRequest();
            for (String g : all.subList(i, Math.min(all.size(), i + DROP_BATCH))) r.add(new UpdateDrop(NodeFactory.createURI(g), true));
            update(r, "drop staging graphs at");
        }
        return stale;
    }

    /**
     * The staging graphs in the store, with the number of quads in each: those of imports
     * running now, or left behind by imports that died with the store. Asked like {@link #graphs()}.
     */
    public Map<String, Long> staging() {
        return read(c -> {
            Map<String, Long> out = new java.util.TreeMap<>();
            c.querySelect(query("graph-sizes"), row -> {
                if (row.get("g").isURIResource() && row.getResource("g").getURI().startsWith(STAGING_BASE))
                    out.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
            });
            return out;
        });
    }

    /** The number of write requests this store has sent (staging batches and swaps), for tests and reports. */
    public long writeRequests() {
        return requests;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Asked as {@code SELECT ?g { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g}, not with
     * {@code SELECT DISTINCT ?g}: the two are equivalent, but Virtuoso 7.2 (Debian's
     * {@code virtuoso-opensource}) does not return from the DISTINCT form once a few hundred
     * graphs are stored, and answers the grouped one in milliseconds.
     */
    @Override
    public Set<String> graphs() {
        return read(c -> {
            Set<String> out = new TreeSet<>();
            c.querySelect(query("graphs"), row -> {
                if (row.get("g").isURIResource()) out.add(row.get("g").asResource().getURI());
            });
            return out;
        });
    }

    @Override
    public long size() {
        return read(c -> {
            long[] n = {0};
            c.querySelect(query("size"), row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        });
    }

    /**
     * A query of this class kept as {@code org/w3id/parley/store/NAME.rq}. The store sits below
     * the query package, so it parses the file itself. Its writes (INSERT DATA, the swap, the drops)
     * stay built in Java as update operations of quads and graph nodes, never as text: their
     * size and number of operations vary with the graphs written, and DROP names its graph
     * with an IRI, which SPARQL gives no variable to bind.
     */
    private static Query query(String name) {
        return QueryFactory.create(Bundled.beside(RemoteStore.class, name + ".rq"));
    }

    /**
     * A connection to the three endpoints; queries and updates are plain HTTP requests. A query
     * goes as a GET, or when long as an HTML-form POST: the two forms every SPARQL 1.1 server
     * takes. Jena's default for a long query, a POST of {@code application/sparql-query}, is
     * left unanswered by Virtuoso 7.2 (the request waits until the client gives up).
     */
    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .querySendMode(QuerySendMode.asGetWithLimitForm)
                .queryEndpoint(queryUrl)
                .updateEndpoint(updateUrl)
                .gspEndpoint(gspUrl)
                .build();
    }

    /**
     * Runs {@code action} with a connection. There is no transaction across HTTP requests:
     * each request sees the store as it is when it arrives, and since every write is one
     * update request, each sees a graph either before or after an import, not between.
     *
     * @throws StoreException naming the query endpoint when the store cannot be reached or fails
     */
    @Override
    public <T> T read(Function<RDFConnection, T> action) {
        try (RDFConnection c = connect()) {
            return action.apply(c);
        } catch (ParleyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure("query", queryUrl, e);
        }
    }

    @Override
    public String describe() {
        return "SPARQL endpoint " + queryUrl;
    }

    /** Forgets the credentials registered for this store's endpoints, and the Authorization headers Jena built from them. */
    @Override
    public void close() {
        if (credentials == null) return;
        for (String url : endpoints()) {
            AuthEnv.get().unregisterUsernamePassword(URI.create(url));
            AuthEnv.get().unregisterAuthModifier(url);
        }
    }

    /** A one-line StoreException: what was being done, at which endpoint, and why it failed. */
    static StoreException failure(String doing, String endpoint, RuntimeException e) {
        return new StoreException("cannot " + doing + " " + endpoint + ": " + reason(e), endpoint, e);
    }

    /** The HTTP status and the server's first line of explanation, or the network error. */
    static String reason(Throwable e) {
        int status = -1;
        String statusLine = null, body = null;
        if (e instanceof HttpException he) {
            status = he.getStatusCode();
            statusLine = he.getStatusLine();
            body = he.getResponse();
        } else if (e instanceof QueryExceptionHTTP qe) {
            status = qe.getStatusCode();
            statusLine = qe.getStatusLine();
            body = qe.getResponse();
        }
        if (status > 0) {
            StringBuilder sb = new StringBuilder("HTTP ").append(status);
            if (statusLine != null && !statusLine.isBlank() && !statusLine.equals(String.valueOf(status)))
                sb.append(' ').append(statusLine.strip());
            if (status == 401 || status == 403) sb.append(" (wrong or missing credentials)");
            String first = firstLine(body);
            if (first != null) sb.append(": ").append(first);
            return sb.toString();
        }
        Throwable root = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // The JDK client reports a refused connection as a ConnectException around a ClosedChannelException.
            if (t instanceof ConnectException) return "connection refused";
            if (t instanceof UnknownHostException) return "unknown host " + t.getMessage();
            root = t;
        }
        String m = root.getMessage();
        String kind = root.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : kind + ": " + oneLine(m);
    }

    private static String firstLine(String text) {
        if (text == null) return null;
        for (String line : text.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) return s.length() > 200 ? s.substring(0, 200) + "…" : s;
        }
        return null;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Builds a {@link RemoteStore}; setters validate their arguments. */
    public static final class Builder {
        private String query;
        private String update;
        private String gsp;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private long batchBytes = DEFAULT_BATCH_BYTES;
        private Credentials credentials;

        private Builder(String url) {
            String u = strip(check("endpoint", url));
            String last = u.substring(u.lastIndexOf('/') + 1);
            String dataset = last.equals("sparql") || last.equals("query") ? u.substring(0, u.lastIndexOf('/')) : u;
            this.query = dataset.equals(u) ? u + "/sparql" : u;
            this.update = dataset + "/update";
            this.gsp = dataset + "/data";
        }

        /** The SPARQL Update endpoint (default: the dataset's {@code /update}). */
        public Builder update(String url) {
            this.update = strip(check("update endpoint", url));
            return this;
        }

        /** The Graph Store Protocol endpoint (default: the dataset's {@code /data}). */
        public Builder gsp(String url) {
            this.gsp = strip(check("GSP endpoint", url));
            return this;
        }

        /** Credentials for every endpoint (Basic or Digest, as the server asks), or null for none. */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Quads per staging request (default {@value #DEFAULT_BATCH_SIZE}). */
        public Builder batchSize(int n) {
            if (n < 1) throw new IllegalArgumentException("Illegal batchSize=" + n + ": must be at least 1");
            this.batchSize = n;
            return this;
        }

        /**
         * About how many bytes of quads a staging request carries at most (default
         * {@value #DEFAULT_BATCH_BYTES}, estimated as {@link #bytes(Quad)} does); a server that
         * answers 413 gets smaller requests still.
         */
        public Builder batchBytes(long n) {
            if (n < 1) throw new IllegalArgumentException("Illegal batchBytes=" + n + ": must be at least 1");
            this.batchBytes = n;
            return this;
        }

        /** The store; nothing is sent to the server yet. */
        public RemoteStore build() {
            return new RemoteStore(this);
        }

        private static String check(String what, String url) {
            if (url == null) throw new IllegalArgumentException("Illegal " + what + "=null: give an http(s) URL");
            try {
                URI u = new URI(url);
                String scheme = u.getScheme();
                if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || u.getHost() == null)
                    throw new IllegalArgumentException("Illegal " + what + "=" + url + ": must be an absolute http or https URL");
                if (u.getRawUserInfo() != null)
                    throw new IllegalArgumentException("Illegal " + what + "=" + u.getScheme() + "://…@" + u.getHost()
                            + ": no user or password in the URL; use a credentials file or the environment");
                if (u.getRawQuery() != null || u.getRawFragment() != null)
                    throw new IllegalArgumentException("Illegal " + what + "=" + url + ": must have no query string or fragment");
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Illegal " + what + "=" + url + ": " + e.getMessage(), e);
            }
            return url;
        }

        private static String strip(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
