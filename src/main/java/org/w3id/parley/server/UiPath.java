package org.w3id.parley.server;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves Fuseki's query UI at {@code /ui/}, the server's root being Parley's home page. The UI
 * takes its page's path as the server's base: at {@code /ui/} it asks for {@code /ui/$/server},
 * sends queries to {@code /ui/parley/sparql} and loads {@code /ui/static/…}. This handler, in
 * front of every other, serves a request for {@code /ui/X} as one for {@code /X} (and
 * {@code /ui/} as the UI's {@code /index.html}), so the UI reaches the same endpoints, with the
 * same checks, as any other client; {@code /ui} redirects to {@code /ui/}.
 */
final class UiPath extends Handler.Wrapper {
    /** The UI's path. */
    static final String PATH = "/ui/";

    UiPath(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path != null && path.equals("/ui")) {
            Response.sendRedirect(request, response, callback, PATH);
            return true;
        }
        if (path != null && path.startsWith(PATH)) {
            String rest = path.substring(PATH.length() - 1);
            if (rest.equals("/")) rest = "/index.html";
            HttpURI uri = HttpURI.build(request.getHttpURI()).path(rest).asImmutable();
            return super.handle(Request.serveAs(request, uri), response, callback);
        }
        return super.handle(request, response, callback);
    }
}
