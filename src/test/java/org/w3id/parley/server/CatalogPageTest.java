package org.w3id.parley.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.report.Html;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** The catalog page lists the queries and opens each in the query editor, parameters bound. */
class CatalogPageTest extends WithBundledStore {
    /** Sample catalog queries for the server tests (the real catalog lives in queries/). */
    static final Path SAMPLES = Path.of("src/test/resources/catalog");
    private static final String EDITOR = "/ui/#/dataset/parley/query?query=";


    @TempDir
    Path dir;



    private static <T> T served(Catalog catalog, Function<ParleyServer, T> body) {
        return served(b -> b.catalog(catalog), body);
    }

    /** The query text a /catalog/open link hands to the editor. */
    private static String editorQuery(HttpResponse<String> redirect) {
        assertEquals(303, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(EDITOR), location);
        return URLDecoder.decode(location.substring(EDITOR.length()), StandardCharsets.UTF_8);
    }

    @Test
    void runAnswersAQueryWholeOrByPagesWithTheTotalInAHeader() {
        served(Catalog.bundled(), server -> {
            String run = server.baseUrl() + "catalog/run?name=events&format=csv";
            HttpResponse<String> whole = get(run);
            assertEquals(200, whole.statusCode(), whole.body());
            assertTrue(whole.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            List<String> all = whole.body().lines().toList();
            long total = all.size() - 1;
            assertEquals(Long.toString(total), whole.headers().firstValue("Parley-Total-Rows").orElse(null));
            assertTrue(whole.headers().firstValue("Link").isEmpty(), "the whole answer has no next page");

            List<String> joined = new ArrayList<>();
            String next = run + "&limit=10";
            int pages = 0;
            while (next != null) {
                HttpResponse<String> page = get(next);
                assertEquals(200, page.statusCode(), page.body());
                assertEquals(Long.toString(total), page.headers().firstValue("Parley-Total-Rows").orElse(null));
                List<String> lines = page.body().lines().toList();
                assertEquals(all.get(0), lines.get(0));
                joined.addAll(lines.subList(1, lines.size()));
                next = page.headers().firstValue("Link")
                        .map(l -> server.baseUrl() + l.substring(2, l.indexOf('>'))).orElse(null);
                pages++;
            }
            assertEquals((total + 9) / 10, pages);
            assertEquals(all.subList(1, all.size()), joined, "following rel=next from the first page gives the whole answer in order");

            HttpResponse<String> json = get(server.baseUrl() + "catalog/run?name=stances-by-party&party=ukraine&limit=2");
            assertEquals(200, json.statusCode(), json.body());
            assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
            assertEquals("7", json.headers().firstValue("Parley-Total-Rows").orElse(null), "Ukraine's seven stances");
            assertEquals(2, json.body().split("\"stance\"\\s*:", -1).length - 1, json.body());
            return null;
        });
    }

    @Test
    void runRejectsWhatItCannotAnswerWithAMessage() {
        served(Catalog.bundled(), server -> {
            String base = server.baseUrl() + "catalog/run?name=";
            HttpResponse<String> unknown = get(base + "no-such-query");
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("no catalog query named 'no-such-query'"), unknown.body());
            for (String[] bad : new String[][] {{"events&limit=x", "Illegal limit=x"}, {"events&offset=-2", "Illegal offset=-2"},
                    {"events&bogus=1", "unknown parameter 'bogus'"}, {"stances-by-party&party=nobody", "no party"},
                    {"events&format=xml", "Illegal format=xml"}, {"", "say which query"}}) {
                HttpResponse<String> r = get(base + bad[0]);
                assertEquals(400, r.statusCode(), bad[0] + ": " + r.body());
                assertTrue(r.body().contains(bad[1]), bad[0] + ": " + r.body());
            }
            // A party's name is bound as a term, never pasted into the query: text that would
            // change the query if it were pasted is only an unknown party.
            HttpResponse<String> injected = get(base + "stances-by-party&party="
                    + URLEncoder.encode("ukraine> } UNION { ?s ?p ?o", StandardCharsets.UTF_8));
            assertEquals(400, injected.statusCode(), injected.body());
            return null;
        });
    }

    @Test
    void thePageListsEveryQueryWithItsDescriptionAndParameters() {
        served(Catalog.folder(SAMPLES), server -> {
            HttpResponse<String> page = get(server.baseUrl() + "catalog");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            String html = page.body();
            for (String s : new String[] {"Regions and the country they belong to de jure", "Stances of a party",
                    "Control claims about a region", "What a party stands for or against", "<code>?party</code>",
                    "<code>ukraine</code>", "<em>required</em>", "href=\"/catalog/open?name=regions\"",
                    "href=\"/catalog/open?name=stances-of-party\"", "name=\"region\""})
                assertTrue(html.contains(s), s);
            assertFalse(html.contains("href=\"/catalog/open?name=claims-in-region\""), "no ready-to-run link without the required value");
            assertFalse(html.contains("<script"), "the page needs no script");
            return null;
        });
    }

    @Test
    void aLinkOpensTheQueryInTheEditorReadyToRun() throws Exception {
        served(Catalog.folder(SAMPLES), server -> {
            String plain = editorQuery(get(server.baseUrl() + "catalog/open?name=regions"));
            assertEquals(read(SAMPLES.resolve("regions.rq")), plain, "a query without parameters opens as written");

            String bound = editorQuery(get(server.baseUrl() + "catalog/open?name=stances-of-party"));
            assertTrue(bound.startsWith("#+ summary: Stances of a party\n"), bound);
            assertTrue(bound.contains("#   ?party = <https://w3id.org/parley/id/party/ukraine>"), bound);
            assertTrue(bound.contains("parley:holder <https://w3id.org/parley/id/party/ukraine>")
                    || bound.contains("parley:holder  <https://w3id.org/parley/id/party/ukraine>"), bound);
            HttpResponse<String> run = query(server.sparqlUrl(), bound, "text/csv");
            assertEquals(200, run.statusCode(), run.body());
            assertTrue(run.body().contains("nothing to negotiate"), run.body());

            String russia = editorQuery(get(server.baseUrl() + "catalog/open?name=stances-of-party&party=russia"));
            assertTrue(russia.contains("<https://w3id.org/parley/id/party/russia>"), russia);
            String region = editorQuery(get(server.baseUrl() + "catalog/open?name=claims-in-region&region=kursk-oblast"));
            assertTrue(query(server.sparqlUrl(), region, "text/csv").body().contains("99.5"), region);
            return null;
        });
    }

    @Test
    void theBundledCatalogIsListedAndEveryReadyToRunLinkRuns() throws Exception {
        List<CatalogQuery> bundled = List.copyOf(Catalog.bundled().all());
        long files;
        try (var s = Files.list(QUERIES)) {
            files = s.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertEquals(files, bundled.size(), "the bundled catalog is the queries/ folder");
        // Generous timeouts: some catalog queries take seconds on a busy machine, and this test is
        // about the page, not the limits.
        served(b -> b.queryTimeout(java.time.Duration.ofMinutes(3)).firstResultTimeout(java.time.Duration.ofMinutes(3)), server -> {
            HttpResponse<String> page = get(server.baseUrl() + "catalog");
            assertEquals(200, page.statusCode());
            String html = page.body();
            List<String> failed = new ArrayList<>();
            int runnable = 0;
            for (CatalogQuery q : bundled) {
                assertTrue(html.contains("id=\"q-" + q.name() + "\""), q.name() + " is listed");
                assertTrue(html.contains("<h2>" + Html.escape(q.summary()) + "</h2>"), q.name() + ": its summary");
                String link = "href=\"/catalog/open?name=" + URLEncoder.encode(q.name(), StandardCharsets.UTF_8) + "\"";
                boolean ready = q.params().stream().noneMatch(p -> p.required() && p.defaultValue() == null);
                assertEquals(ready, html.contains(link), q.name() + ": a ready-to-run link exactly when every required value has a default");
                if (!ready) continue;
                runnable++;
                String text = editorQuery(get(server.baseUrl() + "catalog/open?name=" + URLEncoder.encode(q.name(), StandardCharsets.UTF_8)));
                HttpResponse<String> run = query(server.sparqlUrl(), text, "text/csv");
                if (run.statusCode() != 200) failed.add(q.name() + ": " + run.statusCode() + " " + run.body());
            }
            assertTrue(runnable > bundled.size() / 2, runnable + " of " + bundled.size() + " runnable");
            assertEquals(List.of(), failed, "every ready-to-run link opens a query that runs");
            return null;
        });
    }

    @Test
    void badValuesAreExplained() {
        served(Catalog.folder(SAMPLES), server -> {
            HttpResponse<String> unknown = get(server.baseUrl() + "catalog/open?name=stances-of-party&party=atlantis");
            assertEquals(400, unknown.statusCode());
            assertTrue(unknown.body().contains("no party https://w3id.org/parley/id/party/atlantis"), unknown.body());
            HttpResponse<String> missing = get(server.baseUrl() + "catalog/open?name=claims-in-region");
            assertEquals(400, missing.statusCode());
            assertTrue(missing.body().contains("parameter &#39;region&#39; (region) is required"), missing.body());
            HttpResponse<String> noQuery = get(server.baseUrl() + "catalog/open?name=nope");
            assertEquals(400, noQuery.statusCode());
            assertTrue(noQuery.body().contains("no catalog query named &#39;nope&#39;"), noQuery.body());
            HttpResponse<String> script = get(server.baseUrl() + "catalog/open?name=%3Cscript%3E");
            assertFalse(script.body().contains("<script>"), "values are escaped");
            return null;
        });
    }

    @Test
    void anEmptyCatalogSaysSo() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("queries"));
        served(Catalog.folder(empty), server -> {
            HttpResponse<String> page = get(server.baseUrl() + "catalog");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("The catalog is empty"), page.body());
            return null;
        });
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
