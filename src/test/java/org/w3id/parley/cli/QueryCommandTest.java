package org.w3id.parley.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.Param;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** {@code parley query}: catalog queries by name, parameters, the listing, and one clear error per kind of bad parameter. */
class QueryCommandTest {
    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void importData() {
        db = dir.resolve("db").toString();
        Run r = cli("import", "--db", db, DATA.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static Run query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "query";
        all[1] = "--db";
        all[2] = db;
        System.arraycopy(args, 0, all, 3, args.length);
        return cli(all);
    }

    /** A usage error (exit 1) whose one-line message names the parameter. */
    private static String rejected(String parameter, String... args) {
        Run r = query(args);
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().contains("'" + parameter + "'"), "the message names the parameter: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        return r.err();
    }

    @Test
    void runsACatalogQueryByNameWithParameters() {
        Run r = query("stances-by-party", "--param", "party=ukraine", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("party,partyLabel,holder,"), lines.get(0));
        assertEquals(8, lines.size(), "a header and Ukraine's seven stances, four from the April article and three from Istanbul: " + r.out());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("https://w3id.org/parley/id/party/ukraine,Ukraine,")), r.out());
    }

    @Test
    void pagesJoinToTheWholeAnswerAndStderrSaysHowManyRowsThereAre() {
        Run whole = query("events", "--format", "csv");
        assertEquals(0, whole.code(), whole.err());
        assertEquals("", whole.err(), "the whole answer says nothing on stderr");
        List<String> all = whole.out().lines().toList();
        long total = all.size() - 1;
        assertTrue(total > 10, whole.out());
        List<String> joined = new java.util.ArrayList<>();
        for (int offset = 0; offset < total; offset += 7) {
            Run page = query("events", "--format", "csv", "--offset", Integer.toString(offset), "--limit", "7");
            assertEquals(0, page.code(), page.err());
            List<String> lines = page.out().lines().toList();
            assertEquals(all.get(0), lines.get(0), "each page has the header");
            joined.addAll(lines.subList(1, lines.size()));
            long last = Math.min(total, offset + 7);
            String expected = String.format("parley: rows %d–%d of %d", offset + 1, last, total)
                    + (last < total ? "; --offset " + last + " for the next" : "");
            assertEquals(expected, page.err().strip());
        }
        assertEquals(all.subList(1, all.size()), joined, "the pages, in order, are the whole answer");

        Run count = query("events", "--limit", "0", "--format", "csv");
        assertEquals(List.of(all.get(0)), count.out().lines().toList(), "limit 0 writes the header alone");
        assertEquals("parley: " + total + " rows in all, none written (limit 0)", count.err().strip());
        Run past = query("events", "--offset", "1000", "--format", "csv");
        assertEquals("parley: no rows of " + total + " (offset 1,000)", past.err().strip());
    }

    @Test
    void aNegativeOffsetOrLimitIsAUsageError() {
        for (String option : new String[] {"--offset", "--limit"}) {
            Run r = query("events", option, "-1");
            assertEquals(1, r.code(), r.out() + r.err());
            assertEquals("", r.out());
            assertTrue(r.err().contains("Illegal " + option.substring(2) + "=-1: must be 0 or more"), r.err());
        }
    }

    @Test
    void tableIsAligned() {
        Run r = query("red-lines");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("(2 rows)", lines.get(lines.size() - 1));
        String header = lines.get(0), rule = lines.get(1);
        String row = lines.stream().filter(l -> l.contains("option/crimea-recognised-as-russian-by-ukraine")).findFirst().orElseThrow();
        assertTrue(rule.matches("[- ]+"), rule);
        // Each column starts where its header starts, in the rule and in the row.
        for (String col : List.of("partyLabel", "target", "speakerLabel", "quote", "basis")) {
            int at = header.indexOf(" " + col) + 1;
            assertEquals('-', rule.charAt(at), col);
            assertEquals(' ', rule.charAt(at - 1), col);
            assertNotEquals(' ', row.charAt(at), col + " in " + row);
            assertEquals(' ', row.charAt(at - 1), col + " in " + row);
        }
        assertTrue(row.matches("party/ukraine  Ukraine +option/crimea-recognised-as-russian-by-ukraine  .*"), row);
        assertTrue(row.contains("Volodymyr Zelenskyy  It’s Ukrainian land—there’s nothing to negotiate"), row);
    }

    @Test
    void listShowsEveryQueryWithSummaryAndParameters() {
        Run r = cli("query", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int summaryColumn = lines.get(0).indexOf("summary");
        for (CatalogQuery q : Catalog.bundled().all()) {
            String line = lines.stream().filter(l -> l.startsWith(q.name() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("--list lacks " + q.name()));
            assertEquals(summaryColumn, line.indexOf(q.summary()), "aligned summary of " + q.name());
            for (Param p : q.params())
                assertTrue(r.out().contains(p.name() + "=" + p.type() + " " + p.usage() + ": " + p.description()), q.name() + " " + p.name());
        }
    }

    @Test
    void unknownRegion() {
        String err = rejected("region", "stances-by-region", "--param", "region=atlantis");
        assertTrue(err.contains("no region https://w3id.org/parley/id/region/atlantis"), err);
    }

    @Test
    void malformedDate() {
        assertTrue(rejected("date", "position-as-of", "--param", "date=30/04/2025").contains("is not a date"));
        assertTrue(rejected("date", "position-as-of", "--param", "date=2025-02-30").contains("is not a date"));
    }

    @Test
    void unknownParameterName() {
        String err = rejected("colour", "stances-by-region", "--param", "colour=red");
        assertTrue(err.contains("it takes region"), err);
    }

    @Test
    void wrongKindOfEntity() {
        String err = rejected("region", "stances-by-region", "--param", "region=party/russia");
        assertTrue(err.contains("names a party, but the parameter takes a region"), err);
        err = rejected("region", "stances-by-region", "--param", "region=https://w3id.org/parley/id/party/russia");
        assertTrue(err.contains("is not a region"), err);
        err = rejected("target", "stances-by-target", "--param", "target=us-crimea-control");
        assertTrue(err.contains("needs its kind"), err);
    }

    @Test
    void badSlugSyntax() {
        String err = rejected("region", "stances-by-region", "--param", "region=Crimea!");
        assertTrue(err.contains("is not a region ID"), err);
    }

    @Test
    void missingRequiredParameter() {
        String err = rejected("source", "retraction-impact");
        assertTrue(err.contains("is required"), err);
    }

    @Test
    void badPositionCode() {
        String err = rejected("position", "stances-by-party", "--param", "position=hates");
        assertTrue(err.contains("is not a position; use one of [accepts-conditionally, ambiguous, open-to, opposes, red-line, sceptical, supports]"), err);
    }

    @Test
    void badReportingBasis() {
        String err = rejected("basis", "provenance", "--param", "basis=rumour");
        assertTrue(err.contains("is not a reporting basis"), err);
    }

    @Test
    void valueOutsideACodeList() {
        String err = rejected("status", "events", "--param", "status=cancelled");
        assertTrue(err.contains("is not allowed; use one of planned, held, ongoing, unknown"), err);
        assertTrue(rejected("status", "events", "--param", "status=Planned").contains("use one of planned, held"));
        err = rejected("kind", "external-links", "--param", "kind=planet");
        assertTrue(err.contains("use one of state, international organization, person, place, region"), err);
        Run r = query("external-links", "--param", "kind=international organization", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.startsWith("international organization,")), r.out());
        assertTrue(r.out().lines().count() > 1, r.out());
    }

    @Test
    void eventCodeNotInTheAlignments() {
        String err = rejected("code", "event-codes", "--param", "code=999");
        assertTrue(err.contains("is not a CAMEO code or PLOVER category of Parley's alignments; use one of "), err);
        assertTrue(err.contains(" 036, ") && err.contains("REJECT"), err);
        Run r = query("event-codes", "--param", "code=REJECT", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().count() > 1, r.out());
    }

    @Test
    void emptyDateWindow() {
        String err = rejected("from", "position-changes", "--param", "from=2025-05-01", "--param", "to=2025-04-01");
        assertTrue(err.contains("is not before parameter 'to' = \"2025-04-01\""), err);
        // A month counts from its last day: after 2025-04-30 and on or before 2025-04-15 is empty.
        rejected("from", "position-changes", "--param", "from=2025-04", "--param", "to=2025-04-15");
        assertEquals(0, query("position-changes", "--param", "from=2025-04-15", "--param", "to=2025-04").code());
    }

    @Test
    void parameterGivenTwice() {
        String err = rejected("party", "stances-by-party", "--param", "party=ukraine", "--param", "party=russia");
        assertTrue(err.contains("is given twice (\"ukraine\" and \"russia\")"), err);
    }

    @Test
    void aFileWithoutHeaderTakesAnyOfItsVariablesAsTerms() throws Exception {
        Path rq = dir.resolve("labels.rq");
        Files.writeString(rq, """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?party ?label { ?party rdfs:label ?label } ORDER BY ?party
                """);
        Run r = query(rq.toString(), "--param", "party=https://w3id.org/parley/id/party/ukraine", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("party,label", "https://w3id.org/parley/id/party/ukraine,Ukraine"), r.out().lines().toList());
        r = query(rq.toString(), "--param", "label=\"Ukraine\"@en", "--format", "csv");
        assertEquals(List.of("party,label", "https://w3id.org/parley/id/party/ukraine,Ukraine"), r.out().lines().toList());
        // Plain text is a plain literal: the labels are English, so it matches none.
        r = query(rq.toString(), "--param", "label=Ukraine", "--format", "csv");
        assertEquals(List.of("party,label"), r.out().lines().toList());
        r = query(rq.toString(), "--param", "party=<https://w3id.org/parley/id/party/russia>", "--format", "csv");
        assertEquals(List.of("party,label", "https://w3id.org/parley/id/party/russia,Russia"), r.out().lines().toList());
        // Text is a literal, never query text: this matches no label and changes nothing.
        r = query(rq.toString(), "--param", "label=x\" } UNION { ?party ?p ?label", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("party,label"), r.out().lines().toList());
        String err = rejected("colour", rq.toString(), "--param", "colour=red");
        assertTrue(err.contains("the query has no variable ?colour; its variables are label, party"), err);
    }

    @Test
    void aFileHeaderMayLackTheDescription() throws Exception {
        Path rq = dir.resolve("own.rq");
        Files.writeString(rq, """
                #+ summary: Labels of a party
                #+ params:
                #+   - party party = ukraine : the party
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?label { ?party rdfs:label ?label } ORDER BY ?label
                """);
        Run r = query(rq.toString(), "--param", "party=russia", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("label", "Russia"), r.out().lines().toList());
        rejected("party", rq.toString(), "--param", "party=atlantis");
    }
}
