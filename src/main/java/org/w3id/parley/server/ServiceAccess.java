package org.w3id.parley.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The hosts a query's {@code SERVICE} and an update's {@code LOAD} may send requests to: none
 * unless the server was started with some ({@code --allow-service}). Without this, anyone who
 * can query the server can make it fetch any URL its machine reaches (its loopback interface,
 * the private network, a cloud metadata address), and an editor can make it read local files
 * with {@code LOAD <file:///…>}.
 *
 * <p>Queries get, in their endpoint's context, a {@link ServiceExecutorRegistry} of their own:
 * one link that checks the service IRI once ARQ has bound it (so {@code SERVICE ?x} is checked
 * too, whatever the query built), then ARQ's HTTP executor; nothing else of the global registry.
 * A refused {@code SERVICE} stops the query with {@link Refused}, {@code SILENT} or not, before
 * any request is sent; an allowed one does not follow redirects. {@code LOAD} is checked on the parsed update request ({@link LimitedUpdate}):
 * only {@code http} and {@code https} IRIs of an allowed host.
 */
final class ServiceAccess {
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    /** The client for SERVICE requests: no redirects followed. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Set<String> hosts;

    /** @param hosts host names or addresses, compared without case; none refuses every request */
    ServiceAccess(List<String> hosts) {
        Set<String> set = new TreeSet<>();
        for (String h : hosts) set.add(check(h).toLowerCase(Locale.ROOT));
        this.hosts = Set.copyOf(set);
    }

    /** Rejects anything but a host name or address (no scheme, port, path or wildcard). */
    static String check(String host) {
        if (host == null || !HOST.matcher(host).matches())
            throw new IllegalArgumentException("Illegal service host='" + host + "': give a host name or address, e.g. query.wikidata.org");
        return host;
    }

    /** The hosts allowed, lower case. */
    Set<String> hosts() {
        return hosts;
    }

    /** Whether {@code iri} is an {@code http} or {@code https} IRI of an allowed host. */
    boolean allows(String iri) {
        URI u;
        try {
            u = new URI(iri);
        } catch (Exception e) {
            return false;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null
                && hosts.contains(u.getHost().toLowerCase(Locale.ROOT));
    }

    /** Why {@code what <iri>} is refused, in words for the client: the IRI it sent, nothing fetched. */
    String refusal(String what, String iri) {
        return what + " <" + iri + "> refused: " + (hosts.isEmpty()
                ? "this server sends no requests elsewhere (start it with --allow-service HOST to allow a host)"
                : "only http(s) IRIs of " + String.join(", ", hosts) + " are allowed (--allow-service)") + "\n";
    }

    /** Puts the checking service registry into a query or update context. */
    void configure(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new Guard());
        ServiceExecutorRegistry.set(context, registry);
        // ARQ's own switch as well, in case a registry elsewhere reaches its HTTP executor.
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
        // ARQ's default client follows every redirect: an allowed host could send it anywhere.
        context.set(ARQ.httpQueryClient, CLIENT);
    }

    /** A refused request; the client gets 403 and the message. */
    static final class Refused extends QueryExecException {
        Refused(String message) {
            super(message);
        }
    }

    /** The first link of the chain: lets an allowed IRI through to ARQ's HTTP executor, refuses the rest. */
    private final class Guard implements ChainingServiceExecutor {
        @Override
        public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding, ExecutionContext execCxt,
                ServiceExecutor chain) {
            Node service = opExecute.getService();
            String iri = service.isURI() ? service.getURI() : service.toString();
            if (!service.isURI() || !allows(iri)) throw new Refused(refusal("SERVICE", iri));
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        }
    }
}
