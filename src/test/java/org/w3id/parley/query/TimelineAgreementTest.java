package org.w3id.parley.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.w3id.parley.TestSupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The timeline queries tell one story on the bundled data: position-changes, position-as-of,
 * source-disagreements and stance-matrix place stances in time by the same dating rule (model
 * 1.1, the comment of parley:statedOn), written as one block that all four carry word for word.
 * For every change position-changes lists between two dates, position-as-of at the earlier date
 * gives the previous position and at the later date the new one; where it lists none, the two
 * dates give the same positions.
 */
class TimelineAgreementTest extends TestSupport.WithBundledStore {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final String BEGIN = "# ---- dating rule of model 1.1 (begin)";
    private static final String END = "# ---- dating rule of model 1.1 (end)";
    private static final List<String> DATED = List.of("position-as-of", "position-changes", "source-disagreements", "stance-matrix");
    /** Window bounds; null first is "no lower bound", null last "no upper bound". */
    private static final List<String> DATES = Arrays.asList(null, "2025-01-20", "2025-04-29", "2025-04-30", "2025-05",
            "2025-05-15", "2025-05-16", "2025-05-17", "2025-06-01", null);
    private static final Catalog CATALOG = Catalog.folder(TestSupport.QUERIES);
    @Test
    void theFourQueriesCarryTheSameDatingBlock() throws IOException {
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String name : DATED) {
            List<String> lines = Files.readAllLines(TestSupport.QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
            List<List<String>> found = new ArrayList<>();
            List<String> current = null;
            for (String line : lines) {
                String l = line.strip();
                if (l.startsWith(BEGIN)) current = new ArrayList<>();
                if (current != null) current.add(l);
                if (l.startsWith(END)) {
                    assertNotNull(current, name + ": an end without a begin");
                    found.add(current);
                    current = null;
                }
            }
            assertNull(current, name + ": a dating block without its end");
            assertFalse(found.isEmpty(), name + " dates its stances with the dating block");
            for (List<String> b : found) assertEquals(found.get(0), b, name + ": every copy of the block is the same");
            blocks.put(name, found.get(0));
        }
        for (String name : DATED) assertEquals(blocks.get("position-as-of"), blocks.get(name), name + " dates stances as position-as-of does");
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
    void positionAsOfAndPositionChangesAgree() {
        Map<String, Map<String, Set<String>>> asOf = new HashMap<>();
        int checked = 0;
        for (int i = 0; i < DATES.size() - 1; i++) {
            for (int j = i + 1; j < DATES.size(); j++) {
                String from = DATES.get(i), to = DATES.get(j);
                if (i > 0 && j < DATES.size() - 1 && from.length() < 10 && to.compareTo(from + "-31") <= 0) continue;
                String window = "(" + (from == null ? "open" : from) + ", " + (to == null ? "open" : to) + "]";
                Map<String, List<Map<String, String>>> changes = new LinkedHashMap<>();
                for (Map<String, String> r : rows("position-changes", params(from, to)))
                    changes.computeIfAbsent(r.get("holder") + " " + r.get("target"), k -> new ArrayList<>()).add(r);
                // Before the first date of an open window nothing is placed yet.
                Map<String, Set<String>> before = i == 0 ? Map.of() : asOf.computeIfAbsent(from, TimelineAgreementTest::positionsAsOf);
                Map<String, Set<String>> after = asOf.computeIfAbsent(to == null ? "" : to, TimelineAgreementTest::positionsAsOf);
                Set<String> keys = new TreeSet<>(before.keySet());
                keys.addAll(after.keySet());
                keys.addAll(changes.keySet());
                for (String key : keys) {
                    List<Map<String, String>> cs = changes.getOrDefault(key, List.of());
                    Set<String> was = before.getOrDefault(key, Set.of()), is = after.getOrDefault(key, Set.of());
                    if (cs.isEmpty()) {
                        assertEquals(was, is, window + " " + key + ": no change listed, so the same position at both dates");
                        continue;
                    }
                    String firstOn = cs.get(0).get("changedOn"), lastOn = cs.get(cs.size() - 1).get("changedOn");
                    Set<String> previous = cs.stream().filter(r -> r.get("changedOn").equals(firstOn))
                            .map(r -> r.get("previousStance")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                    Set<String> next = cs.stream().filter(r -> r.get("changedOn").equals(lastOn))
                            .map(r -> r.get("newStance")).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(previous, was, window + " " + key + ": position-as-of at the earlier date gives the previous stance of " + cs);
                    assertEquals(next, is, window + " " + key + ": position-as-of at the later date gives the new stance of " + cs);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "changes checked: " + checked);
    }

    @Test
    void theMatrixMarksCurrentExactlyWhatPositionAsOfShowsWithoutADate() {
        Set<String> latest = positionsAsOf("").values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        int rowsWithStance = 0;
        for (Map<String, String> r : rows("stance-matrix", Map.of())) {
            if (r.get("stance").isEmpty()) {
                assertEquals("", r.get("current"), "no stance, nothing current: " + r);
                continue;
            }
            rowsWithStance++;
            assertEquals(latest.contains(r.get("stance")), r.get("current").equals("current"), r.toString());
        }
        assertTrue(rowsWithStance >= 7, "matrix rows with a stance: " + rowsWithStance);
    }

    /** position-as-of at a date ("" for none): holder and target → stances. */
    private static Map<String, Set<String>> positionsAsOf(String date) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Map<String, String> r : rows("position-as-of", date.isEmpty() ? Map.of() : Map.of("date", date)))
            out.computeIfAbsent(r.get("party") + " " + r.get("target"), k -> new TreeSet<>()).add(r.get("stance"));
        return out;
    }

    private static Map<String, String> params(String from, String to) {
        Map<String, String> p = new LinkedHashMap<>();
        if (from != null) p.put("from", from);
        if (to != null) p.put("to", to);
        return p;
    }

    /** A catalog query's rows, parameters bound as the CLI binds them; unbound cells are "". */
    private static List<Map<String, String>> rows(String name, Map<String, String> params) {
        CatalogQuery q = CATALOG.get(name);
        Map<String, RDFNode> bindings = Catalog.bind(q, params, store);
        Query parsed = QueryRunner.parse(name, q.text());
        return store.read(conn -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryRunner.build(conn, parsed, bindings)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = s.get(v);
                        row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
