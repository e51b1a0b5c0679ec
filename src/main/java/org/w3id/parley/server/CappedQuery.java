package org.w3id.parley.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query service, with a cap on the solutions a CONSTRUCT or DESCRIBE may use.
 *
 * <p>Fuseki streams SELECT results to the client, but builds the whole graph of a CONSTRUCT or
 * DESCRIBE in memory before sending it; a query over a cross product could fill the heap before
 * the timeout fires. This service gives such queries a {@code LIMIT} of at most {@code cap}
 * solutions (a smaller LIMIT in the query is kept) and says so in the response header
 * {@value #HEADER}, so a truncated graph is never mistaken for a complete one.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** Response header naming the LIMIT the server imposed. */
    static final String HEADER = "Parley-Solution-Limit";

    private final long cap;

    CappedQuery(long cap) {
        if (cap < 1) throw new IllegalArgumentException("Illegal cap=" + cap + ": must be at least 1");
        this.cap = cap;
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
