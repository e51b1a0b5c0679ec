package org.w3id.parley.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;

import java.time.Duration;

/**
 * Fuseki's SPARQL query service with Parley's limits: a timeout message that says what
 * happened, and a cap on the solutions a CONSTRUCT or DESCRIBE may use.
 *
 * <p>The timeout itself is in the endpoint's context (see {@link Endpoints}); when it fires
 * before the first result is sent, the client gets 503 and
 * {@code Query timed out after N s (the server's query timeout)}. A SELECT that times out
 * while its results stream ends early, as Fuseki's do.
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

    private final long cap;
    private final String timeoutMessage;

    LimitedQuery(long cap, Duration timeout) {
        if (cap < 1) throw new IllegalArgumentException("Illegal cap=" + cap + ": must be at least 1");
        this.cap = cap;
        long ms = timeout.toMillis();
        String limit = ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
        this.timeoutMessage = "Query timed out after " + limit + " (the server's query timeout); "
                + "narrow the query down, or add a LIMIT\n";
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, timeoutMessage);
            throw e;
        }
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
