package org.w3id.parley.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Fuseki's SPARQL query service with Parley's limits: a timeout message that says what
 * happened, a cap on the solutions a CONSTRUCT or DESCRIBE may use, and a record of the
 * queries running, so that stopping the server can cancel them. A query text sent again is not
 * parsed again ({@link ParsedQueries}).
 *
 * <p>The timeouts themselves are in the endpoint's context (see {@link Endpoints}): a
 * first-result timeout and an overall one. When a timeout fires before the first result is
 * sent, the client gets 503 and a message naming the timeout that fired. A SELECT that times
 * out while its results stream cannot change its status any more: its response is cut short,
 * as Fuseki's are.
 *
 * <p>Fuseki streams SELECT results to the client, but builds the whole graph of a CONSTRUCT or
 * DESCRIBE in memory before sending it; a query over a cross product could fill the heap before
 * the timeout fires. This service gives such queries a {@code LIMIT} of at most {@code cap}
 * solutions (a smaller LIMIT in the query is kept) and says so in the response header
 * {@value #HEADER}, so a truncated graph is never mistaken for a complete one.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    /** Response header naming the LIMIT the server imposed. */
    static final String HEADER = "Parley-Solution-Limit";

    /** How many parsed queries the endpoint keeps. */
    static final int PARSED_QUERIES = 128;

    private final long cap;
    private final long firstMillis;
    private final long overallMillis;
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<QueryExec> current = new ThreadLocal<>();
    private final ParsedQueries parsed = new ParsedQueries(PARSED_QUERIES);
    private volatile boolean stopping;

    /**
     * @param cap          the most solutions of a CONSTRUCT or DESCRIBE
     * @param firstResult  how long a query may take to its first result
     * @param overall      how long a query may run in all
     */
    LimitedQuery(long cap, Duration firstResult, Duration overall) {
        if (cap < 1) throw new IllegalArgumentException("Illegal cap=" + cap + ": must be at least 1");
        this.cap = cap;
        this.firstMillis = firstResult.toMillis();
        this.overallMillis = overall.toMillis();
    }

    /** Whether a query is running now. */
    boolean busy() {
        return !running.isEmpty();
    }

    /** Cancels every running query, and every one that starts from now on. */
    void cancelAll() {
        stopping = true;
        for (QueryExec exec : running) exec.abort();
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        running.add(exec);
        current.set(exec);
        if (stopping) exec.abort();
        return exec;
    }

    /**
     * Fuseki's handling of one query, with the query parsed once for all the requests that send
     * the same text ({@link ParsedQueries}). Otherwise as Fuseki does it: the same log line, the
     * same 400 for a text that is not a query, the same count of timeouts.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            answer(queryString, action);
        } finally {
            QueryExec exec = current.get();
            current.remove();
            if (exec != null) running.remove(exec);
        }
    }

    private void answer(String text, HttpAction action) {
        if (text.isBlank()) ServletOps.errorBadRequest(text.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        String forLog = ServletOps.formatForLog(text);
        if (action.log.isInfoEnabled())
            action.log.info(String.format("[%d] Query = %s", action.id, action.verbose ? "\n" + text.stripTrailing() : forLog));
        Query query;
        try {
            query = parsed.get(text);
            validateQuery(action, query);
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryParseException e) {
            String message = SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] %s", action.id, message));
            throw badRequest(message);
        } catch (QueryException e) {
            String message = SPARQLProtocol.messageForException(e);
            action.log.warn(String.format("[%d] %s", action.id, message));
            throw badRequest("Error: \n" + text + "\n" + message);
        }
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, forLog);
            Query run = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, run, chosen.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, forLog), query.getPrologue());
            }
        } catch (QueryParseException e) {
            // A late one, from the dataset chosen (a text index's query, say).
            action.abortSilent();
            throw badRequest("Query parse error: \n" + text + "\n" + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** Sends 400 with this message: {@link ServletOps#errorBadRequest} always throws. */
    private static ActionErrorException badRequest(String message) {
        ServletOps.errorBadRequest(message);
        return new ActionErrorException(HttpSC.BAD_REQUEST_400, message, null);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (ServiceAccess.Refused e) {
            ServletOps.error(HttpSC.FORBIDDEN_403, e.getMessage());
            throw e;
        } catch (QueryCancelledException e) {
            if (stopping) ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The server is stopping\n");
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, timeoutMessage(action.getRequestParameter("timeout")));
            throw e;
        }
    }

    /**
     * What to tell a client whose query timed out before its first result. Before the first
     * result only the first-result timeout runs (ARQ arms the overall one at the first result):
     * the server's, or a shorter one the request asked for with {@code timeout=first,overall}
     * (Fuseki takes the smaller of each pair).
     */
    String timeoutMessage(String requested) {
        long first = firstMillis, overall = overallMillis;
        boolean askedFirst = false;
        Pair<Long, Long> asked = requested == null ? null : parse(requested);
        if (asked != null) {
            if (asked.getLeft() > 0 && asked.getLeft() < first) {
                first = asked.getLeft();
                askedFirst = true;
            }
            if (asked.getRight() > 0 && asked.getRight() < overall) overall = asked.getRight();
        }
        String what = "no result within " + seconds(first) + (askedFirst ? " (the request's first-result timeout)"
                : " (the server's first-result timeout; a query that has started to answer may run " + seconds(overall) + ")");
        return "Query timed out: " + what + "; narrow the query down, or add a LIMIT\n";
    }

    private static Pair<Long, Long> parse(String requested) {
        try {
            return Timeouts.parseTimeoutStr(requested, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.isConstructType() && !query.isDescribeType()) return;
        if (query.hasLimit() && query.getLimit() <= cap) return;
        query.setLimit(cap);
        action.setResponseHeader(HEADER, Long.toString(cap));
    }
}
