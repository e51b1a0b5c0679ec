package org.w3id.parley.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.bundledStore;

/**
 * The ontology reference as a person meets it, in headless Chromium: a term IRI's fragment lands
 * on the term's visible entry; an entity page's class link leads there; the reference's links to
 * other entries and to an example entity work. Screenshots go to target/screenshots/.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; without them the test is
 * skipped, except on CI ({@code CI=true}), where it fails.
 */
@Integration
class OntologyBrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path dir;

    /** Whether the element with this id is rendered and scrolled into the window. */
    private static boolean inView(Chromium browser, String id) {
        return browser.script("""
                const e = document.getElementById(arguments[0]);
                if (e == null) return false;
                const r = e.getBoundingClientRect();
                return r.height > 0 && r.width > 0 && r.top >= -2 && r.top < window.innerHeight;
                """, id).asBoolean();
    }

    @Test
    void aTermIriLandsOnItsVisibleEntryAndEntityPagesLeadThere() throws Exception {
        Path[] exe = Chromium.required();
        try (TdbStore store = bundledStore()) {
            ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
            try (Chromium browser = new Chromium(exe[0], exe[1], dir.resolve("profile"))) {
                String base = server.baseUrl();

                // https://w3id.org/parley/ontology#Stance, as the deployment serves it.
                browser.open(base + "ontology#Stance");
                Chromium.await("the #Stance entry in view", () -> inView(browser, "Stance"));
                assertEquals("stance parley:Stance", browser.script(
                        "return document.querySelector('#Stance h3').textContent").asText());
                assertTrue(browser.script("return document.querySelector('#Stance').innerText").asText()
                        .contains("Example from this store"), "the entry shows an example");
                assertTrue(browser.script("return window.scrollY").asLong() > 0, "scrolled down to the entry");
                browser.screenshot(SHOTS.resolve("ontology-1-stance.png"));

                // The table of contents links to entries on the same page.
                browser.open(base + "ontology");
                browser.click("nav.toc a[href='#position']");
                Chromium.await("the #position entry in view", () -> inView(browser, "position"));
                assertTrue(browser.url().endsWith("/ontology#position"), browser.url());

                // The entry's range links to the class; a concept of a scheme has its own row.
                browser.click("#position tr.range a[href='#Position']");
                Chromium.await("the #Position entry in view", () -> inView(browser, "Position"));
                browser.open(base + "ontology#RedLine");
                Chromium.await("the #RedLine concept row in view", () -> inView(browser, "RedLine"));
                assertEquals("TR", browser.script("return document.getElementById('RedLine').tagName").asText());
                browser.screenshot(SHOTS.resolve("ontology-2-concept.png"));

                // The example links to the entity's page, whose class links back to the entry.
                browser.open(base + "ontology#Region");
                browser.click("#Region p.example a[href^='/id/']");
                Chromium.await("an entity page", () -> browser.url().contains("/id/"));
                browser.click("a[href='/ontology#Region']");
                Chromium.await("back on the #Region entry", () -> browser.url().endsWith("/ontology#Region") && inView(browser, "Region"));
            } finally {
                server.close();
            }
        }
    }
}
