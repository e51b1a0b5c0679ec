package org.w3id.parley.server;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.WebContent;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A read-only {@code /$/datasets}: GET lists the datasets ({@code {"datasets": […]}}) and
 * {@code /$/datasets/parley} describes one, as Fuseki's admin protocol does. Fuseki's own
 * handler also creates and deletes datasets; this one answers every other method with 405.
 */
final class DatasetList extends ActionCtl {
    /** Fuseki runs this for every method: only GET and HEAD pass. */
    @Override
    public void validate(HttpAction action) {
        String method = action.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD"))
            ServletOps.errorMethodNotAllowed(method, "read-only: datasets are not created or deleted here");
    }

    @Override
    public void execute(HttpAction action) {
        String name = getItemName(action);
        JsonBuilder json = new JsonBuilder();
        if (name == null) {
            json.startObject().key("datasets");
            JsonDescription.arrayDatasets(json, action.getDataAccessPointRegistry());
            json.finishObject();
        } else {
            DataAccessPoint dap = getItemDataAccessPoint(action, name);
            if (dap == null) ServletOps.errorNotFound("no dataset " + name);
            JsonDescription.describe(json, dap);
        }
        try {
            action.setResponseContentType(WebContent.contentTypeJSON);
            action.setResponseCharacterEncoding(WebContent.charsetUTF8);
            OutputStream out = action.getResponseOutputStream();
            JSON.write(out, json.build());
            out.write('\n');
            out.flush();
            ServletOps.success(action);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }
}
