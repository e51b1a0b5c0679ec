package org.w3id.parley.query;

import org.junit.jupiter.api.Test;
import org.w3id.parley.TestSupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A page of a SELECT's rows, and the total that comes with it. */
class PageTest {
    @Test
    void describesWhereAPageIsInTheWholeAnswer() {
        assertEquals("all 40 rows", Page.ALL.describe(40));
        assertEquals("rows 11–20 of 40", Page.of(10L, 10L).describe(40));
        assertEquals("rows 31–40 of 40", Page.of(30L, 20L).describe(40));
        assertEquals("no rows of 40 (offset 50)", Page.of(50L, null).describe(40));
        assertEquals("40 rows in all, none written (limit 0)", Page.of(null, 0L).describe(40));
        assertEquals("rows 1,001–2,000 of 13,962", Page.of(1000L, 1000L).describe(13962));
    }

    @Test
    void theNextPageStartsWhereThisOneEndsAndThereIsNoneAfterTheLast() {
        assertEquals(20, Page.of(10L, 10L).next(40));
        assertEquals(-1, Page.of(30L, 10L).next(40));
        assertEquals(-1, Page.of(30L, null).next(40), "no limit: this page runs to the end");
        assertEquals(-1, Page.of(5L, Long.MAX_VALUE).next(40), "no overflow");
        assertEquals(-1, Page.of(null, 0L).next(40), "limit 0 asks for the count alone");
    }

    @Test
    void rejectsNegativeNumbers() {
        assertThrows(BadParameterException.class, () -> Page.of(-1L, null));
        assertThrows(BadParameterException.class, () -> Page.of(null, -1L));
    }

    @Test
    void aPageIsTheSliceOfTheWholeAnswerAndTheTotalCountsEveryRow() {
        var store = TestSupport.sharedBundledStore();
        CatalogQuery q = Catalog.bundled().get("stances-by-target");
        var parsed = QueryRunner.parse(q.name(), q.text());
        List<String> all = csv(store, parsed, Page.ALL).lines().toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total = QueryRunner.run(store, parsed, Map.of(), ResultFormat.CSV, out, Page.of(3L, 4L), null);
        assertEquals(all.size() - 1, total);
        List<String> page = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(all.get(0), page.get(0));
        assertEquals(all.subList(4, 8), page.subList(1, page.size()));
    }

    @Test
    void onlyASelectIsPaged() {
        var store = TestSupport.sharedBundledStore();
        var ask = QueryRunner.parse("ask", "ASK { ?s ?p ?o }");
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> QueryRunner.run(store, ask, Map.of(), ResultFormat.CSV, new ByteArrayOutputStream(), Page.of(1L, null), null));
        assertTrue(e.getMessage().contains("this query's form is ASK"), e.getMessage());
    }

    private static String csv(org.w3id.parley.store.Store store, org.apache.jena.query.Query q, Page page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(store, q, Map.of(), ResultFormat.CSV, out, page, null);
        return out.toString(StandardCharsets.UTF_8);
    }
}
