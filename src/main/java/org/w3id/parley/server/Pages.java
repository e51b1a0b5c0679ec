package org.w3id.parley.server;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What Parley's own HTML pages share: the links in their top bar, and sending a page. */
final class Pages {
    private Pages() {}

    /** Links to the query editor, the catalog and the report, for a server whose root is {@code root}. */
    static String navigation(String root, String dataset) {
        return "<a href=\"" + root + "#/dataset/" + dataset + "/query\">Query editor</a><a href=\"" + root
                + "catalog\">Catalog</a><a href=\"" + root + "report\">Stance report</a>";
    }

    /** Sends a complete HTML page. */
    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
