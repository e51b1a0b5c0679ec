package org.w3id.parley.server;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** The home page at / says what the store holds and links everywhere; /search finds entities by label. */
class HomePageTest extends WithBundledStore {
    private static final String PREFIXES = "PREFIX parley: <https://w3id.org/parley/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private static String count(String html, String id) {
        Matcher m = Pattern.compile("<tr id=\"count-" + id + "\"><th>.*?</th><td>([0-9,]+)</td></tr>").matcher(html);
        assertTrue(m.find(), "no count of " + id + " in\n" + html);
        return m.group(1).replace(",", "");
    }

    @Test
    void theHomePageSaysWhatTheStoreHoldsAndLinksToEveryPart() {
        served(b -> b, server -> {
            HttpResponse<String> page = get(server.baseUrl());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            String html = page.body();
            assertFalse(html.contains("Apache Jena Fuseki UI"), "/ is Parley's page, not Fuseki's");

            assertEquals(String.valueOf(store.size()), count(html, "quads"));
            assertEquals(String.valueOf(store.graphs().size()), count(html, "graphs"));
            assertEquals(value(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a parley:Source }"), count(html, "sources"));
            assertEquals(value(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?t FILTER(STRSTARTS(STR(?s), 'https://w3id.org/parley/id/')) }"),
                    count(html, "entities"));
            String newest = value(store, "SELECT (MAX(STR(?d)) AS ?n) { ?s a parley:Source ; <http://purl.org/dc/terms/issued>|parley:publishedNotAfter ?d }");
            assertTrue(html.contains("its newest source is dated <time>" + newest + "</time>"), newest + "\n" + html);

            for (String link : new String[] {"href=\"/ui/#/dataset/parley/query\"", "href=\"/catalog\"", "href=\"/report\"",
                    "href=\"/ontology\"", "href=\"/parley/sparql\"", "href=\"/id/region/crimea\"", "href=\"/id/party/ukraine\"",
                    "action=\"/search\"", "parley dump --all DIR"})
                assertTrue(html.contains(link), link);
            assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/parley/sparql\""), "the service description");
            assertTrue(html.contains("id=\"no-inference\""), "the note on inference");
            assertTrue(html.contains("<code>?s a/rdfs:subClassOf* parley:Party</code>"), html);

            // The editor the links lead to is Fuseki's UI, still served.
            HttpResponse<String> ui = get(server.baseUrl() + "ui/");
            assertEquals(200, ui.statusCode());
            assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
            return null;
        });
    }

    @Test
    void theNoteOnInferenceIsTrueAndOnTheCatalogPageToo() {
        served(b -> b, server -> {
            String plain = query(server.sparqlUrl(), PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a parley:Party }", "text/csv").body();
            assertEquals("n\r\n0\r\n", plain, "no inference: no party is typed parley:Party itself");
            String path = query(server.sparqlUrl(), PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a/rdfs:subClassOf* parley:Party }",
                    "text/csv").body();
            assertNotEquals("n\r\n0\r\n", path, "the pattern the note gives finds the parties");
            String catalog = get(server.baseUrl() + "catalog").body();
            assertTrue(catalog.indexOf("id=\"no-inference\"") > 0 && catalog.indexOf("id=\"no-inference\"") < catalog.indexOf("class=\"query\""),
                    "the note comes before the queries");
            return null;
        });
    }

    @Test
    void pagesLinkToEachOther() {
        served(b -> b, server -> {
            for (String page : new String[] {"", "catalog", "report"}) {
                String html = get(server.baseUrl() + page).body();
                for (String link : new String[] {"href=\"/\"", "href=\"/catalog\"", "href=\"/report\"", "href=\"/ontology\"",
                        "href=\"/ui/#/dataset/parley/query\""})
                    assertTrue(html.contains(link), "/" + page + " links " + link);
            }
            String entity = get(server.baseUrl() + "id/region/crimea", "Accept", "text/html").body();
            for (String link : new String[] {"href=\"/\"", "href=\"/catalog\"", "href=\"/report\"", "href=\"/ontology\"",
                    "<link rel=\"alternate\" type=\"text/turtle\" href=\"/id/region/crimea\"",
                    "<link rel=\"alternate\" type=\"application/ld+json\" href=\"/id/region/crimea\""})
                assertTrue(entity.contains(link), "the entity page has " + link);
            return null;
        });
    }

    private static HttpResponse<String> search(ParleyServer server, String term) {
        return get(server.baseUrl() + "search?q=" + URLEncoder.encode(term, StandardCharsets.UTF_8));
    }

    @Test
    void searchLeadsToTheEntityByItsLabel() {
        served(b -> b, server -> {
            for (String term : new String[] {"Crimea", "crimea", "  CRIMEA "}) {
                HttpResponse<String> r = search(server, term);
                assertEquals(303, r.statusCode(), term + ": " + r.body());
                assertEquals("/id/region/crimea", r.headers().firstValue("Location").orElse(null), term);
            }
            assertEquals(200, get(server.baseUrl() + "id/region/crimea", "Accept", "text/html").statusCode());

            HttpResponse<String> alt = search(server, "the kremlin");
            assertEquals(303, alt.statusCode(), "skos:altLabel 'the Kremlin': " + alt.body());
            assertEquals("/id/party/russia", alt.headers().firstValue("Location").orElse(null));

            HttpResponse<String> several = search(server, "ukrain");
            assertEquals(200, several.statusCode());
            assertTrue(several.body().contains("<a href=\"/id/party/ukraine\">Ukraine</a>"), several.body());
            assertTrue(several.body().contains("<a href=\"/id/issue/foreign-troops-in-ukraine\">"), several.body());

            for (String odd : new String[] {"no such name", "\"} UNION { ?s ?p ?o } #", "') } #", "<script>"}) {
                HttpResponse<String> none = search(server, odd);
                assertEquals(404, none.statusCode(), odd);
                assertTrue(none.body().contains("No label contains"), none.body());
                assertFalse(none.body().contains("<script>"), "the term is escaped");
            }
            assertEquals(400, search(server, " ").statusCode());
            assertEquals(400, get(server.baseUrl() + "search").statusCode());
            assertEquals(400, search(server, "x".repeat(201)).statusCode());
            return null;
        });
    }
}
