package org.w3id.parley.server;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;

import java.time.Duration;

/**
 * The endpoints of the {@code /parley} dataset.
 *
 * <table>
 * <caption>Endpoints</caption>
 * <tr><th>URL</th><th>Operation</th><th>Who</th></tr>
 * <tr><td>/parley/sparql, /parley/query, /parley</td><td>SPARQL query</td><td>anyone</td></tr>
 * <tr><td>/parley/get, /parley?graph=…</td><td>Graph Store Protocol, read (GET, HEAD)</td><td>anyone</td></tr>
 * <tr><td>/parley/update</td><td>SPARQL Update</td><td>users of the password file, only when writable</td></tr>
 * <tr><td>/parley/data</td><td>Graph Store Protocol, read and write</td><td>users of the password file, only when writable</td></tr>
 * </table>
 *
 * Writes never happen at the dataset URL itself: Fuseki would have to protect every operation
 * there with the password, reads included. Without the write endpoints, a POST of an update,
 * or a PUT, POST or DELETE of a graph, is refused (400, 404 or 405) and nothing changes.
 *
 * <p>Every query endpoint carries the timeouts in its context ({@link ARQ#queryTimeout}, as
 * {@code first,overall} milliseconds): a query that has produced no result within the first
 * timeout, or runs longer than the overall one, is stopped, and a client's {@code timeout=}
 * parameter can only shorten them. SELECT results stream; CONSTRUCT and DESCRIBE are capped
 * ({@link LimitedQuery}).
 *
 * <p>No endpoint sends requests elsewhere unless the server allows hosts ({@link ServiceAccess}):
 * the query and update contexts carry a service registry that checks every {@code SERVICE} IRI,
 * and updates run through {@link LimitedUpdate}, which checks {@code LOAD}.
 *
 * <p>Regular expressions ({@code REGEX}, {@code REPLACE}) stop when the query is cancelled or
 * times out, and none runs longer than the query timeout, in an update either ({@link Regex}):
 * Java's own would go on after the timeout, at 100 % of a core.
 *
 * <p>The context also sets {@link ARQ#spillToDiskThreshold}: ORDER BY and DISTINCT keep at most
 * {@value #SPILL_THRESHOLD} rows in memory and write the rest to temporary files, so a sort of a
 * cross product runs into the timeout rather than out of heap.
 */
final class Endpoints {
    /** The default cap on the solutions of a CONSTRUCT or DESCRIBE. */
    static final long DEFAULT_CONSTRUCT_LIMIT = 100_000;
    /** Rows that ORDER BY and DISTINCT hold in memory before they spill to disk. */
    static final long SPILL_THRESHOLD = 100_000;

    private Endpoints() {}

    /**
     * @param query  the query service, made by {@link #queryService}
     * @param access the hosts {@code SERVICE} and {@code LOAD} may reach
     */
    static DataService.Builder dataService(DatasetGraph dsg, boolean writable, Duration firstResult, Duration timeout, LimitedQuery query,
            ServiceAccess access) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, firstResult.toMillis() + "," + timeout.toMillis());
        context.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
        access.configure(context);
        Regex.configure(context, timeout);
        DataService.Builder b = DataService.newBuilder(dsg);
        for (String name : new String[] {"sparql", "query", ""})
            b.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(context).processor(query).build());
        b.addEndpoint(Operation.GSP_R, "get");
        b.addEndpoint(Operation.GSP_R, "");
        if (writable) {
            Context updates = new Context();
            access.configure(updates);
            Regex.configure(updates, timeout);
            b.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").authPolicy(Auth.ANY_USER)
                    .context(updates).processor(new LimitedUpdate(access)).build());
            b.addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        return b;
    }

    /** The query service with these limits. */
    static LimitedQuery queryService(Duration firstResult, Duration timeout, long constructLimit) {
        return new LimitedQuery(constructLimit, firstResult, timeout);
    }
}
