package org.w3id.parley.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * What a researcher sees, in headless Chromium: the home page's search leads to an entity's page;
 * the Fuseki UI lists the dataset; the catalog
 * page opens a query in the editor, pre-filled; running it shows the answer; the stance report
 * shows the matrix. Screenshots go to target/screenshots/.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the test is
 * skipped, except on CI ({@code CI=true}), where it fails.
 */
@Integration
class BrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String UKRAINE = "https://w3id.org/parley/id/party/ukraine";
    private static final String CRIMEA_OPTION = "https://w3id.org/parley/id/option/crimea-recognised-as-russian-by-ukraine";

    @TempDir
    Path dir;

    @Test
    void aResearcherBrowsesTheCatalogRunsAQueryAndOpensTheReport() throws Exception {
        Path[] exe = Chromium.required();
        try (TdbStore store = bundledStore()) {
            ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph())
                    .catalog(Catalog.folder(Path.of("src/test/resources/catalog"))).build().start();
            try (Chromium browser = new Chromium(exe[0], exe[1], dir.resolve("profile"))) {
                String base = server.baseUrl();

                // Parley's home page: a search for a name leads to the entity's page.
                browser.open(base);
                assertEquals("Parley", browser.script("return document.querySelector('header.top h1').textContent").asText());
                browser.screenshot(SHOTS.resolve("0-home.png"));
                browser.script("document.getElementById('q').value = 'Crimea'; document.querySelector('form.search').submit()");
                Chromium.await("the search to lead to Crimea's page", () -> browser.url().endsWith("/id/region/crimea"));
                assertEquals("Autonomous Republic of Crimea", browser.script("return document.querySelector('h1').textContent").asText());
                browser.open(base);
                browser.click("#to-catalog");
                Chromium.await("the catalog", () -> browser.url().endsWith("/catalog"));

                // The Fuseki UI, at /ui/, lists the dataset.
                browser.open(base + "ui/");
                Chromium.await("the UI to list /parley", () -> browser.script(
                        "return document.body.innerText.includes('/parley')").asBoolean());
                browser.screenshot(SHOTS.resolve("1-fuseki-ui.png"));

                // The catalog page, and its ready-to-run link.
                browser.open(base + "catalog");
                assertEquals("Stances of a party", browser.script(
                        "return document.querySelector('#q-stances-of-party h2').textContent").asText());
                browser.screenshot(SHOTS.resolve("2-catalog.png"));
                browser.click("#q-stances-of-party a.run");
                Chromium.await("the editor to hold the catalog query", () -> browser.script(
                        "const cm = document.querySelector('.CodeMirror'); return cm != null && cm.CodeMirror.getValue().includes(arguments[0])",
                        "<" + UKRAINE + ">").asBoolean());
                assertTrue(browser.url().contains("#/dataset/parley/query?query="), browser.url());
                String editor = browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()").asText();
                assertTrue(editor.startsWith("#+ summary: Stances of a party"), editor);

                // Run it: the answer appears in the results table.
                browser.click(".yasqe_queryButton");
                Chromium.await("the result table", () -> browser.script(
                        "const r = document.querySelector('.yasr'); return r != null && r.innerText.includes('nothing to negotiate')").asBoolean());
                assertTrue(browser.script("return document.querySelector('.yasr').innerText").asText().contains("red line"));
                browser.screenshot(SHOTS.resolve("3-query-result.png"));

                // The stance report: the matrix cell of Ukraine's red line on Crimea.
                browser.open(base + "report");
                String cell = "td[data-party='" + UKRAINE + "'][data-target='" + CRIMEA_OPTION + "'] a.chip";
                assertEquals("red line", browser.script("return document.querySelector(arguments[0]).textContent", cell).asText());
                assertEquals("rgb(215, 25, 28)", browser.script(
                        "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor", cell).asText(), "coloured red line");
                String title = browser.script("return document.querySelector(arguments[0]).title", cell).asText();
                assertTrue(title.contains("“It’s Ukrainian land—there’s nothing to negotiate”"), title);
                assertTrue(title.contains("speaker: Volodymyr Zelenskyy"), title);
                assertTrue(title.contains("reporting basis: on record"), title);
                String silent = "td[data-party='https://w3id.org/parley/id/party/russia'][data-target='" + CRIMEA_OPTION + "'] .none";
                assertEquals("Russia: no known position", browser.script("return document.querySelector(arguments[0]).title", silent).asText());
                long rows = browser.script("return document.querySelectorAll('#stance-matrix tbody tr[data-target]').length").asLong();
                assertEquals(29, rows, "11 proposals, 13 provisions, 5 other targets (direct talks now show on the request that selects them)");
                browser.screenshot(SHOTS.resolve("4-report-matrix.png"));
                browser.script("document.getElementById('timeline').scrollIntoView()");
                browser.screenshot(SHOTS.resolve("5-report-timeline.png"));
                browser.script("document.getElementById('regions').scrollIntoView()");
                browser.screenshot(SHOTS.resolve("6-report-regions.png"));
            } finally {
                server.close();
            }
        }
    }

    /**
     * A page on another origin (a second server on loopback) queries the endpoint with fetch(),
     * by GET and by POST (which needs a preflight): CORS allows it by default.
     */
    @Test
    void aPageOnAnotherOriginQueriesTheEndpoint() throws Exception {
        Path[] exe = Chromium.required();
        try (TdbStore store = bundledStore()) {
            ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
            HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String endpoint = "http://localhost:" + server.port() + "/parley/sparql";
            byte[] page = ("""
                    <!DOCTYPE html><html><head><meta charset="utf-8"><title>elsewhere</title></head><body><script>
                    const q = 'SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a <https://w3id.org/parley/ontology#Region> }';
                    const json = r => r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status));
                    const n = j => j.results.bindings[0].n.value;
                    Promise.all([
                      fetch('%s?query=' + encodeURIComponent(q), {headers: {'Accept': 'application/sparql-results+json'}}).then(json).then(n),
                      fetch('%s', {method: 'POST', headers: {'Content-Type': 'application/sparql-query',
                          'Accept': 'application/sparql-results+json'}, body: q}).then(json).then(n)
                    ]).then(v => { window.answer = v.join(','); }, e => { window.answer = 'failed: ' + e; });
                    </script></body></html>
                    """.formatted(endpoint, endpoint)).getBytes(StandardCharsets.UTF_8);
            other.createContext("/", x -> {
                x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                x.sendResponseHeaders(200, page.length);
                x.getResponseBody().write(page);
                x.close();
            });
            other.start();
            try (Chromium browser = new Chromium(exe[0], exe[1], dir.resolve("profile"))) {
                browser.open("http://127.0.0.1:" + other.getAddress().getPort() + "/");
                Chromium.await("the cross-origin answers", () -> !browser.script("return window.answer || ''").asText().isEmpty());
                assertEquals("6,6", browser.script("return window.answer").asText(), "GET and POST from another origin");
            } finally {
                other.stop(0);
                server.close();
            }
        }
    }
}
