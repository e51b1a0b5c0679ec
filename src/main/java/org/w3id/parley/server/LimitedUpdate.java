package org.w3id.parley.server;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.OperationDeniedException;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

import java.io.InputStream;

/**
 * Fuseki's SPARQL Update service with Parley's limits: {@code LOAD} only from the allowed hosts
 * ({@link ServiceAccess}; never a {@code file:} IRI), and the update runs with its endpoint's
 * context, so that a {@code SERVICE} in its {@code WHERE} is checked as a query's is, and its
 * regular expressions are bounded ({@link Regex}).
 *
 * <p>Fuseki runs an update with the dataset's context only, and may parse and run it as it
 * streams in; this service parses the whole request first (its size is bounded by the server's
 * body limit), checks it, then runs it in one write transaction.
 */
final class LimitedUpdate extends SPARQL_Update {
    private final ServiceAccess access;

    LimitedUpdate(ServiceAccess access) {
        this.access = access;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        UpdateRequest request = null;
        try {
            request = UpdateFactory.read(usingList(action), input, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
        }
        for (Update u : request.getOperations())
            if (u instanceof UpdateLoad load && !access.allows(load.getSource()))
                ServletOps.error(HttpSC.FORBIDDEN_403, access.refusal("LOAD", load.getSource()));
        action.beginWrite();
        try {
            UpdateExec.dataset(action.getActiveDSG()).update(request).context(action.getContext()).execute();
            action.commit();
        } catch (ServiceAccess.Refused e) {
            action.abortSilent();
            ServletOps.error(HttpSC.FORBIDDEN_403, e.getMessage());
        } catch (QueryParseException | QueryBuildException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (ActionErrorException | OperationDeniedException e) {
            action.abortSilent();
            throw e;
        } catch (RuntimeException e) {
            action.abortSilent();
            ServletOps.errorOccurred(e.getMessage(), e);
        } finally {
            action.endWrite();
        }
    }

    /** The request's {@code using-graph-uri} and {@code using-named-graph-uri} parameters. */
    private static UsingList usingList(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues(HttpNames.paramUsingGraphURI);
        String[] named = action.getRequest().getParameterValues(HttpNames.paramUsingNamedGraphURI);
        if (graphs != null) for (String g : graphs) using.addUsing(NodeFactory.createURI(resolve(g)));
        if (named != null) for (String g : named) using.addUsingNamed(NodeFactory.createURI(resolve(g)));
        return using;
    }

    private static String resolve(String iri) {
        try {
            return IRIx.create(Fuseki.BaseParserSPARQL).resolve(iri).str();
        } catch (RuntimeException e) {
            ServletOps.errorBadRequest("SPARQL Update: bad IRI: " + iri);
            return null;
        }
    }
}
