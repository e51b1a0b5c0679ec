package org.w3id.parley.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.parley.report.StanceReport;
import org.w3id.parley.store.Store;

import java.io.IOException;

/** The stance report at {@code /report}, read from the store at each request (one read transaction). */
final class ReportPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Store store;
    private final String dataset;

    ReportPage(Store store, String dataset) {
        this.store = store;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path != null && !path.equals("/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: /report" + path);
            return;
        }
        String root = req.getContextPath() + "/";
        Pages.send(resp, HttpServletResponse.SC_OK, StanceReport.read(store).html(Pages.navigation(root, dataset)));
    }
}
