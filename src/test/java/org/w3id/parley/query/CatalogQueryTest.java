package org.w3id.parley.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The header parser: what a well-formed header yields and how a malformed one is reported. */
class CatalogQueryTest {
    private static final String HEADER = """
            #+ summary: Stances of a party
            #+ answers: 1, 10
            #+ description: Which stances does a party hold?
            #+   One row per stance.
            #+ params:
            #+   - party party : the party; every party when omitted
            #+   - date date = 2025-04-30 : the date
            #+   - source source (required) : the source
            #+ tags:
            #+   - stances
            SELECT * { ?s ?p ?o }
            """;

    @Test
    void parsesEveryField() {
        CatalogQuery q = CatalogQuery.parse("x", HEADER);
        assertEquals("Stances of a party", q.summary());
        assertEquals("Which stances does a party hold? One row per stance.", q.description());
        assertEquals(List.of(1, 10), q.answers());
        assertEquals(List.of("stances"), q.tags());
        assertEquals(new Param("party", "party", null, false, "the party; every party when omitted"), q.param("party"));
        assertEquals("2025-04-30", q.param("date").defaultValue());
        assertTrue(q.param("source").required());
        assertEquals("(optional)", q.param("party").usage());
        assertEquals("= 2025-04-30", q.param("date").usage());
        assertEquals("(required)", q.param("source").usage());
    }

    @Test
    void rejectsMalformedHeaders() {
        assertMessage("x.rq:2: 'answers' lists competency question numbers such as '1, 3': #+ answers: one",
                HEADER.replace("answers: 1, 10", "answers: one"));
        assertMessage("x.rq: the header has no '#+ summary:'", HEADER.replace("#+ summary: Stances of a party\n", ""));
        assertMessage("x.rq: parameter 'party' is declared twice",
                HEADER.replace("#+ tags:", "#+   - party region : again\n#+ tags:"));
        assertMessage("x.rq:6: Illegal type=country for parameter party",
                HEADER.replace("party party :", "party country :"));
        assertMessage("x.rq:11: unexpected header line: #+ colour: red", HEADER.replace("SELECT", "#+ colour: red\nSELECT"));
    }

    @Test
    void aRequiredParameterHasNoDefault() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Param("d", "date", "2025", true, ""));
        assertEquals("Illegal parameter d: a required parameter has no default", e.getMessage());
    }

    private static void assertMessage(String expectedStart, String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> CatalogQuery.parse("x", text));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
