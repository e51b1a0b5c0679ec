package org.w3id.parley.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.w3id.parley.TestSupport.*;

/**
 * What a researcher sees, in headless Chromium: the Fuseki UI lists the dataset; the catalog
 * page opens a query in the editor, pre-filled; running it shows the answer; the stance report
 * shows the matrix. Screenshots go to target/screenshots/.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the test is
 * skipped, except on CI ({@code CI=true}), where it fails.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String UKRAINE = "https://w3id.org/parley/id/party/ukraine";
    private static final String CRIMEA_OPTION = "https://w3id.org/parley/id/option/crimea-recognised-as-russian-by-ukraine";

    @TempDir
    Path dir;

    private static Path[] chromium() {
        Optional<Path[]> found = Chromium.installed();
        if (found.isEmpty() && "true".equals(System.getenv("CI")))
            fail("chromium and chromedriver are needed on CI: apt-get install -y chromium chromium-driver");
        assumeTrue(found.isPresent(), "skipped: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        return found.get();
    }

    @Test
    void aResearcherBrowsesTheCatalogRunsAQueryAndOpensTheReport() throws Exception {
        Path[] exe = chromium();
        try (TdbStore store = bundledStore()) {
            ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph())
                    .catalog(Catalog.folder(Path.of("src/test/resources/catalog"))).build().start();
            try (Chromium browser = new Chromium(exe[0], exe[1], dir.resolve("profile"))) {
                String base = server.baseUrl();

                // The Fuseki UI lists the dataset.
                browser.open(base);
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
}
