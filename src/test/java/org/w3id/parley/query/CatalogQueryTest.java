package org.w3id.parley.query;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.parley.TestSupport;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        assertMessage("x.rq: parameter 'limit' is a name the catalog keeps for itself (name, offset, limit, format: the query and its page"
                        + " in /catalog/run?name=…&offset=…&limit=…&format=…)",
                HEADER.replace("#+ tags:", "#+   - limit date : how many\n#+ tags:"));
        assertMessage("x.rq:6: Illegal type=country for parameter party",
                HEADER.replace("party party :", "party country :"));
        assertMessage("x.rq:11: unexpected header line: #+ colour: red", HEADER.replace("SELECT", "#+ colour: red\nSELECT"));
    }

    @Test
    void readsYamlScalarsAndFoldedBlocks() {
        CatalogQuery q = CatalogQuery.parse("x", """
                #+ summary: 'Stances: a party''s, by target'
                #+ description: >-
                #+   Which stances: all of them?
                #+   One row per stance.
                #+ params: []
                #+ tags:
                #+   - stances
                SELECT * { ?s ?p ?o }
                """);
        assertEquals("Stances: a party's, by target", q.summary());
        assertEquals("Which stances: all of them? One row per stance.", q.description());
        assertEquals(List.of(), q.params());
        assertMessage("x.rq:5: a list follows on the next lines", HEADER.replace("#+ params:", "#+ params: party"));
    }

    @Test
    void aCodeParameterListsItsValues() {
        CatalogQuery q = CatalogQuery.parse("x", HEADER.replace("#+ tags:",
                "#+   - kind code(state|international organization) = state : the kind\n#+ tags:"));
        assertEquals(List.of("state", "international organization"), q.param("kind").values());
        assertEquals("code(state|international organization)", q.param("kind").type());
        assertMessage("x.rq:9: Illegal default=planet for parameter kind",
                HEADER.replace("#+ tags:", "#+   - kind code(state|person) = planet : the kind\n#+ tags:"));
    }

    @Test
    void aFileMayLackTheDescription() {
        String text = HEADER.replace("#+ description: Which stances does a party hold?\n#+   One row per stance.\n", "");
        assertMessage("x.rq: the header has no '#+ description:'", text);
        CatalogQuery q = CatalogQuery.parseFile("x", text);
        assertEquals("Stances of a party", q.description());
        assertEquals(3, q.params().size());
    }

    /**
     * grlc reads the {@code #+ } lines as YAML: each header, prefix stripped, must be YAML with
     * the same summary, description, parameters, tags and answers that Parley's parser reads.
     */
    @TestFactory
    Stream<DynamicTest> everyHeaderIsYaml() {
        return Catalog.folder(TestSupport.QUERIES).all().stream().map(q -> DynamicTest.dynamicTest(q.name() + ".rq", () -> {
            String yaml = q.text().lines().filter(l -> l.startsWith("#+"))
                    .map(l -> l.startsWith("#+ ") ? l.substring(3) : l.substring(2)).collect(Collectors.joining("\n"));
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            Map<?, ?> header = assertInstanceOf(Map.class, doc, "a YAML mapping");
            assertEquals(Set.of("summary", "answers", "description", "params", "tags"), header.keySet());
            assertEquals(q.summary(), header.get("summary"));
            assertEquals(q.description(), header.get("description"));
            assertEquals(q.answers(), Arrays.stream(String.valueOf(header.get("answers")).split(",\\s*")).map(Integer::valueOf).toList());
            assertEquals(q.tags(), header.get("tags"));
            List<?> params = assertInstanceOf(List.class, header.get("params"), "params: a list, [] when empty");
            assertEquals(q.params().size(), params.size());
            for (int i = 0; i < params.size(); i++) {
                Param p = q.params().get(i);
                Map<?, ?> decl = assertInstanceOf(Map.class, params.get(i), "parameter " + p.name() + ": 'NAME TYPE … : description'");
                assertEquals(1, decl.size());
                String head = String.valueOf(decl.keySet().iterator().next());
                assertTrue(head.startsWith(p.name() + " " + p.type()), head);
                assertEquals(p.description(), decl.values().iterator().next(), p.name());
            }
        }));
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
