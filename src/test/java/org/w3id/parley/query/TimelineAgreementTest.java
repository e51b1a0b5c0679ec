package org.w3id.parley.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.generate.Generator;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The timeline queries tell one story, on the bundled data and on generated data: position-changes,
 * position-as-of, source-disagreements and stance-matrix all read the derived layer (rules
 * 10-stance-dating, 20-timeline and 30-source-disagreements) instead of each dating stances
 * itself. Between every two consecutive days on which something can change (a stance's
 * effectiveEnd, inEffectFrom or inEffectUntil), the changes position-changes lists are exactly
 * the difference of position-as-of at the two days; the matrix's current cells are exactly
 * position-as-of without a date; a source disagreement never pairs two stances of which one
 * follows the other.
 */
@Integration
class TimelineAgreementTest extends TestSupport.WithBundledStore {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final List<String> TIME_QUERIES = List.of("position-as-of", "position-changes", "source-disagreements", "stance-matrix");
    private static final Catalog CATALOG = Catalog.folder(TestSupport.QUERIES);
    /** Generated input (several sources on one holder and term, stances changing over time), imported. */
    private static TdbStore generated;

    @BeforeAll
    static void generate(@TempDir Path dir) {
        Generator.create().scale(0.03).seed(15).out(dir).build().run();
        generated = TdbStore.inMemory();
        Importer.run(generated, Input.of(List.of(dir)), Importer.DEFAULT_MAX_ERRORS);
    }

    @AfterAll
    static void closeGenerated() {
        if (generated != null) generated.close();
    }

    @Test
    void theTimeQueriesReadTheDerivedLayerAndDateNothingThemselves() throws IOException {
        for (String name : TIME_QUERIES) {
            String text = Files.readString(TestSupport.QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
            String body = text.substring(text.indexOf("PREFIX"));
            for (String raw : List.of("parley:statedOn", "dcterms:issued", "parley:publishedNotAfter", "parley:publishedNotBefore",
                    "parley:validFrom ?", "dating rule of model 1.1"))
                if (!(raw.equals("parley:validFrom ?") && name.equals("position-changes")))
                    assertFalse(body.contains(raw), name + " reads " + raw + " instead of the derived layer");
            assertTrue(body.contains("parley:effectiveDate") || body.contains("parley:timelineStatus")
                    || body.contains("parley:SourceDisagreement"), name + " reads the derived layer");
            assertTrue(text.contains("derived layer"), name + ": its description says it reads the derived layer");
        }
    }

    @Test
    void ukraineMovesFromOpenToToReadyOnDirectTalks() {
        String talks = ID + "option/direct-talks-between-zelenskyy-and-putin";
        List<Map<String, String>> changes = rows("position-changes", params("2025-04-30", "2025-05-17"));
        List<Map<String, String>> onTalks = changes.stream().filter(r -> r.get("target").equals(talks)).toList();
        assertEquals(1, onTalks.size(), "one change on direct talks between the two dates: " + onTalks);
        Map<String, String> c = onTalks.get(0);
        assertEquals(ID + "party/ukraine", c.get("holder"));
        assertEquals("stated", c.get("change"));
        assertEquals("2025-05-16", c.get("changedOn"));
        assertEquals("open-to", c.get("previousPosition"));
        assertEquals(ID + "stance/zelenskyy-open-to-direct-talks", c.get("previousStance"));
        assertEquals("supports", c.get("newPosition"));
        assertEquals(ID + "stance/ukraine-ready-for-meeting-with-putin", c.get("newStance"));
        assertEquals("more favourable", c.get("direction"));

        // Not two sources disagreeing: the April stance is certainly earlier than the Istanbul one.
        assertTrue(rows("source-disagreements", Map.of("party", "ukraine")).stream().noneMatch(r -> r.get("target").equals(talks)),
                "a change over time is not a disagreement between sources");

        // The matrix says which of the two holds now.
        Map<String, String> current = new TreeMap<>();
        for (Map<String, String> r : rows("stance-matrix", Map.of("proposal", "ukraine-request-presidents-meeting")))
            if (r.get("party").equals(ID + "party/ukraine") && !r.get("stance").isEmpty()) current.put(r.get("stance"), r.get("current"));
        assertEquals(Map.of(ID + "stance/ukraine-ready-for-meeting-with-putin", "current",
                ID + "stance/zelenskyy-open-to-direct-talks", "earlier"), current);
    }

    @Test
    void positionChangesIsTheDifferenceOfPositionAsOfOnTheBundledData() {
        assertTrue(changesAgree(store) >= 15, "changes checked on the bundled data");
    }

    @Test
    void positionChangesIsTheDifferenceOfPositionAsOfOnGeneratedData() {
        assertTrue(changesAgree(generated) >= 20, "changes checked on generated data");
    }

    @Test
    void theMatrixMarksCurrentExactlyWhatPositionAsOfShowsWithoutADate() {
        assertTrue(matrixAgrees(store) >= 7, "matrix rows with a stance, bundled");
        assertTrue(matrixAgrees(generated) >= 10, "matrix rows with a stance, generated");
    }

    @Test
    void aSourceDisagreementNeverPairsStancesOfWhichOneFollowsTheOther() {
        for (TdbStore s : List.of(store, generated)) {
            List<Map<String, String>> pairs = rows(s, "source-disagreements", Map.of());
            for (Map<String, String> r : pairs) {
                assertNotEquals(r.get("sourceA"), r.get("sourceB"), "from two sources: " + r);
                assertNotEquals(r.get("positionA"), r.get("positionB"), "two positions: " + r);
                assertFalse(ask(s, "ASK { { <" + r.get("stanceA") + "> parley:followedBy <" + r.get("stanceB") + "> } UNION { <"
                        + r.get("stanceB") + "> parley:followedBy <" + r.get("stanceA") + "> } }"), "one follows the other: " + r);
            }
            // Every derived node links exactly two stances, and the query lists each node once.
            assertFalse(ask(s, """
                    ASK { ?d a parley:SourceDisagreement .
                          FILTER NOT EXISTS { ?d parley:disagreeingStance ?a , ?b . FILTER(?a != ?b)
                                              FILTER NOT EXISTS { ?d parley:disagreeingStance ?c FILTER(?c != ?a && ?c != ?b) } } }"""),
                    "a disagreement with other than two stances");
            long nodes = rows(s, "SELECT ?d { ?d a <https://w3id.org/parley/ontology#SourceDisagreement> }").size();
            assertEquals(nodes, pairs.size(), "one row per derived disagreement");
        }
    }

    /**
     * For every two consecutive days on which something can change, and the open ends: the changes
     * position-changes lists for the window are what position-as-of at its two ends differ by.
     * Returns the number of changes checked.
     */
    private static int changesAgree(TdbStore s) {
        List<String> days = new ArrayList<>();
        for (Map<String, String> r : rows(s, """
                SELECT DISTINCT ?day { { ?x <https://w3id.org/parley/ontology#effectiveEnd> ?d } UNION
                  { ?x <https://w3id.org/parley/ontology#inEffectFrom> ?d } UNION { ?x <https://w3id.org/parley/ontology#inEffectUntil> ?d }
                  BIND(STR(?d) AS ?day) } ORDER BY ?day"""))
            days.add(r.get("day"));
        assertFalse(days.isEmpty(), "dated stances");
        Set<String> withValidity = new TreeSet<>();
        for (Map<String, String> r : rows(s, """
                SELECT DISTINCT ?h ?t { ?x <https://w3id.org/parley/ontology#holder> ?h ; <https://w3id.org/parley/ontology#target> ?t .
                  { ?x <https://w3id.org/parley/ontology#validFrom> ?v } UNION { ?x <https://w3id.org/parley/ontology#validUntil> ?v } }"""))
            withValidity.add(r.get("h") + " " + r.get("t"));
        List<String> bounds = new ArrayList<>();
        bounds.add(null);
        bounds.addAll(days);
        bounds.add(null);
        Map<String, Map<String, Set<String>>> asOf = new HashMap<>();
        int checked = 0;
        for (int i = 0; i + 1 < bounds.size(); i++) {
            String from = bounds.get(i), to = bounds.get(i + 1);
            String window = "(" + (from == null ? "open" : from) + ", " + (to == null ? "open" : to) + "]";
            Map<String, List<Map<String, String>>> changes = new TreeMap<>();
            for (Map<String, String> r : rows(s, "position-changes", params(from, to)))
                changes.computeIfAbsent(r.get("holder") + " " + r.get("target"), k -> new ArrayList<>()).add(r);
            Map<String, Set<String>> before = from == null ? Map.of() : asOf.computeIfAbsent(from, d -> positionsAsOf(s, d));
            Map<String, Set<String>> after = asOf.computeIfAbsent(to == null ? "" : to, d -> positionsAsOf(s, d));
            Set<String> keys = new TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            keys.addAll(changes.keySet());
            for (String key : keys) {
                List<Map<String, String>> cs = changes.getOrDefault(key, List.of());
                Set<String> was = before.getOrDefault(key, Set.of()), is = after.getOrDefault(key, Set.of());
                String what = window + " " + key + " " + cs;
                assertEquals(cs.isEmpty(), was.equals(is), what + ": a change is listed exactly when position-as-of differs");
                if (cs.isEmpty()) continue;
                Set<String> added = new TreeSet<>(is), removed = new TreeSet<>(was);
                added.removeAll(was);
                removed.removeAll(is);
                Set<String> stated = new TreeSet<>(), previous = new TreeSet<>(), lapsed = new TreeSet<>();
                for (Map<String, String> c : cs) {
                    if (c.get("change").equals("lapsed")) lapsed.add(c.get("previousStance"));
                    else {
                        stated.add(c.get("newStance"));
                        if (!c.get("previousStance").isEmpty()) previous.add(c.get("previousStance"));
                    }
                }
                assertTrue(added.containsAll(stated), what + ": every new stance is in effect at the later date, not the earlier");
                assertTrue(removed.containsAll(lapsed), what + ": every lapsed stance is in effect at the earlier date only");
                if (!withValidity.contains(key)) {
                    assertEquals(added, stated, what + ": the stances added are the new stances");
                    assertEquals(removed, previous, what + ": the stances replaced are the previous stances");
                }
                checked += cs.size();
            }
        }
        return checked;
    }

    /** Every matrix row's current column against position-as-of without a date; returns the rows with a stance. */
    private static int matrixAgrees(TdbStore s) {
        Set<String> latest = positionsAsOf(s, "").values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        int rowsWithStance = 0;
        for (Map<String, String> r : rows(s, "stance-matrix", Map.of())) {
            if (r.get("stance").isEmpty()) {
                assertEquals("", r.get("current"), "no stance, nothing current: " + r);
                continue;
            }
            rowsWithStance++;
            assertEquals(latest.contains(r.get("stance")), r.get("current").equals("current"), r.toString());
        }
        return rowsWithStance;
    }

    /** position-as-of at a date ("" for none): holder and target → stances. */
    private static Map<String, Set<String>> positionsAsOf(TdbStore s, String date) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map<String, String> r : rows(s, "position-as-of", date.isEmpty() ? Map.of() : Map.of("date", date)))
            out.computeIfAbsent(r.get("party") + " " + r.get("target"), k -> new TreeSet<>()).add(r.get("stance"));
        return out;
    }

    private static Map<String, String> params(String from, String to) {
        Map<String, String> p = new LinkedHashMap<>();
        if (from != null) p.put("from", from);
        if (to != null) p.put("to", to);
        return p;
    }

    private static List<Map<String, String>> rows(String name, Map<String, String> params) {
        return rows(store, name, params);
    }

    /** A catalog query's rows, parameters bound as the CLI binds them; unbound cells are "". */
    private static List<Map<String, String>> rows(TdbStore s, String name, Map<String, String> params) {
        CatalogQuery q = CATALOG.get(name);
        return select(s, QueryRunner.parse(name, q.text()), Catalog.bind(q, params, s));
    }

    /** Rows of a query text. */
    private static List<Map<String, String>> rows(TdbStore s, String sparql) {
        return select(s, QueryRunner.parse("test", sparql), Map.of());
    }

    private static boolean ask(TdbStore s, String sparql) {
        String text = "PREFIX parley: <https://w3id.org/parley/ontology#>\n" + sparql;
        return s.read(conn -> {
            try (QueryExecution qe = conn.query(text)) {
                return qe.execAsk();
            }
        });
    }

    private static List<Map<String, String>> select(TdbStore s, Query parsed, Map<String, RDFNode> bindings) {
        return s.read(conn -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryRunner.build(conn, parsed, bindings)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = sol.get(v);
                        row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
