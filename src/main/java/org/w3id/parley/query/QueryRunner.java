package org.w3id.parley.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.parley.Bundled;
import org.w3id.parley.store.Store;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/** Runs one SPARQL query on a store and writes its result in a chosen format. */
public final class QueryRunner {
    private QueryRunner() {}

    /**
     * Parses query text, naming the query in the error.
     *
     * @throws InvalidQueryException on a SPARQL syntax error
     */
    public static Query parse(String name, String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new InvalidQueryException(name, name + ": SPARQL syntax error: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    /**
     * The text of a query kept as a resource file beside a class: {@code NAME.rq} in the package
     * of {@code owner}. SPARQL lives in such files, where the tests of
     * {@code src/test/resources/queries/resources/} run each one against expected results; Java
     * binds their variables as terms and never builds query text.
     *
     * @throws IllegalStateException when the jar lacks the file (a build error, not a user's)
     */
    public static String resourceText(Class<?> owner, String name) {
        return Bundled.beside(owner, name + ".rq");
    }

    /** Resource queries parsed once, by package and name: typed reads and parameter checks run them per call. */
    private static final Map<String, Query> RESOURCES = new ConcurrentHashMap<>();

    /** Catalog queries parsed once, kept while their catalog is: the server and the API run them per request. */
    private static final Map<CatalogQuery, Query> CATALOG = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * A catalog query's text, parsed once and shared: executions bind its parameters by
     * substitution, which copies the query, never changes it.
     *
     * @throws InvalidQueryException on a SPARQL syntax error
     */
    public static Query parsed(CatalogQuery query) {
        return CATALOG.computeIfAbsent(query, q -> parse(q.name(), q.text()));
    }

    /**
     * The query of {@link #resourceText}, parsed once and shared, as the catalog's queries are ({@link #parsed}):
     * executions bind their variables by substitution, which copies the query, never changes it.
     */
    public static Query resource(Class<?> owner, String name) {
        return RESOURCES.computeIfAbsent(owner.getPackageName() + "/" + name, k -> parse(name, resourceText(owner, name)));
    }

    /** A query execution with each binding substituted as an RDF term. */
    public static QueryExecution build(RDFConnection conn, Query query, Map<String, RDFNode> bindings) {
        return build(conn, query, bindings, null);
    }

    private static QueryExecution build(RDFConnection conn, Query query, Map<String, RDFNode> bindings, Duration timeout) {
        var b = conn.newQuery().query(query);
        bindings.forEach(b::substitution);
        if (timeout != null) b.timeout(timeout.toMillis());
        return b.build();
    }

    /**
     * Runs {@code query} on {@code store} and writes the result to {@code out}.
     * SELECT results use {@code format}; ASK prints true or false; CONSTRUCT and DESCRIBE write Turtle.
     */
    public static void run(Store store, Query query, Map<String, RDFNode> bindings, ResultFormat format, OutputStream out) {
        run(store, query, bindings, format, out, Page.ALL, null);
    }

    /**
     * Runs {@code query} on {@code store} and writes one page of its result to {@code out}, as
     * {@link #run(Store, Query, Map, ResultFormat, OutputStream)} does the whole.
     *
     * @param page    the rows of a SELECT to write ({@link Page#ALL} for every row); other queries take only the whole
     * @param timeout how long the query may run in all, or null for no limit
     * @return for a SELECT, how many rows the answer has in all (written or not); otherwise -1
     * @throws BadParameterException when a page is asked of a query that is not a SELECT
     */
    public static long run(Store store, Query query, Map<String, RDFNode> bindings, ResultFormat format, OutputStream out,
                           Page page, Duration timeout) {
        if (!page.isAll() && !query.isSelectType())
            throw new BadParameterException("offset and limit page the rows of a SELECT; this query's form is "
                    + query.queryType());
        return store.read(conn -> {
            try (QueryExecution qe = build(conn, query, bindings, timeout)) {
                return write(query, qe, format, out, page);
            }
        });
    }

    private static long write(Query query, QueryExecution qe, ResultFormat format, OutputStream out, Page page) {
        if (query.isSelectType()) {
            // The page is a result of its own for the writers: the rows before it are read and
            // counted first, and the rows after it, which the writers leave, are counted last.
            ResultSet all = qe.execSelect();
            long[] seen = {0};
            while (seen[0] < page.offset() && all.hasNext()) {
                all.nextBinding();
                seen[0]++;
            }
            Iterator<Binding> inPage = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return seen[0] - page.offset() < page.limit() && all.hasNext();
                }

                @Override
                public Binding next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    seen[0]++;
                    return all.nextBinding();
                }
            };
            ResultSet rs = ResultSet.adapt(RowSetStream.create(Var.varList(all.getResultVars()), inPage));
            switch (format) {
                case TABLE -> {
                    PrintWriter pw = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    TextTable.write(rs, query.getPrefixMapping(), pw);
                    pw.flush();
                }
                case CSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case TSV -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case JSON -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
            }
            for (; all.hasNext(); seen[0]++) all.nextBinding();
            return seen[0];
        } else if (query.isAskType()) {
            boolean b = qe.execAsk();
            if (format == ResultFormat.JSON) ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
            else {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                ps.println(b);
                ps.flush();
            }
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, m, Lang.TURTLE);
        }
        return -1;
    }
}
