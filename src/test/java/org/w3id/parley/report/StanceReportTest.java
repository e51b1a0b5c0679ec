package org.w3id.parley.report;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.report.StanceReport.Entry;
import org.w3id.parley.report.StanceReport.Party;
import org.w3id.parley.report.StanceReport.Region;
import org.w3id.parley.report.StanceReport.Stance;
import org.w3id.parley.report.StanceReport.Target;
import org.w3id.parley.store.TdbStore;
import org.w3id.parley.validate.Ontology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** The stance report, on the bundled data and on a small hand-made source. */
class StanceReportTest {
    private static final String ID = Ids.ID_BASE;

    @TempDir
    Path dir;

    /** A store with the ontology and src/test/resources/report/dated.trig, and the derived layer. */
    private static TdbStore fixture() {
        return fixture("");
    }

    /** The same, with {@code suffix} added to every text of dated.trig (its plain and language-tagged literals). */
    private static TdbStore fixture(String suffix) {
        TdbStore store = TdbStore.inMemory();
        DatasetGraph data = RDFDataMgr.loadDatasetGraph("src/test/resources/report/dated.trig");
        String graph = Ids.sourceGraph("test");
        store.replaceGraphs(Set.of(Ids.ONTOLOGY_GRAPH, graph), sink -> {
            Ontology.bundled().ontology().find().forEachRemaining(t ->
                    sink.accept(new Quad(NodeFactory.createURI(Ids.ONTOLOGY_GRAPH), t)));
            data.find().forEachRemaining(q -> {
                Node o = q.getObject();
                if (o.isLiteral() && !o.getLiteralLanguage().isEmpty())
                    o = NodeFactory.createLiteralLang(o.getLiteralLexicalForm() + suffix, o.getLiteralLanguage());
                else if (o.isLiteral() && o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()))
                    o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + suffix);
                sink.accept(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), o));
            });
        }, org.w3id.parley.derive.Derivation.request());
        return store;
    }

    private static Party party(StanceReport r, String slug) {
        return r.parties().stream().filter(p -> p.iri().equals(ID + "party/" + slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no column for party " + slug + " in " + r.parties()));
    }

    private static Target target(StanceReport r, String kindSlug) {
        return r.targets().stream().filter(t -> t.iri().equals(ID + kindSlug)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + kindSlug));
    }

    @Test
    void theBundledDataMakesAMatrixOfEveryProvisionAndTheStatesAndHolders() {
        TdbStore store = sharedBundledStore();
        StanceReport r = StanceReport.read(store);
        assertEquals(15, r.stances().size());
        assertEquals(List.of("Russia", "Turkey", "Ukraine", "United States", "European states", "European officials"),
                r.parties().stream().map(Party::label).toList(), "states by name, then the other groups");
        long provisions = r.targets().stream().filter(t -> t.kind().equals("provision")).count();
        assertEquals(13, provisions, "every provision of every proposal");
        // A row per proposal, including the two the article does not itemise and Zelenskyy's challenge to Putin.
        assertEquals(11, r.targets().stream().filter(t -> t.kind().equals("proposal")).count());
        // Every stance shows in exactly the cells of its target.
        for (Stance s : r.stances()) {
            long cells = r.targets().stream().filter(t -> r.cell(party(r, s.holder().substring((ID + "party/").length())), t).contains(s)).count();
            assertTrue(cells >= 1, s.iri() + " is in no cell");
        }
        List<Stance> crimea = r.cell(party(r, "ukraine"), target(r, "option/crimea-recognised-as-russian-by-ukraine"));
        assertEquals(1, crimea.size());
        Stance red = crimea.get(0);
        assertEquals("red-line", red.position());
        assertEquals("It’s Ukrainian land—there’s nothing to negotiate", red.quote());
        assertEquals("Volodymyr Zelenskyy", red.speaker());
        assertEquals("on record", red.basis());
        assertTrue(r.cell(party(r, "russia"), target(r, "provision/us-crimea-control")).isEmpty(), "silence");
        assertTrue(r.cell(party(r, "ukraine"), target(r, "provision/us-crimea-control")).isEmpty(),
                "Ukraine's openness to U.S. suggestions does not reach the framework's Crimea term");

        String html = r.html();
        assertTrue(html.contains("data-party=\"" + ID + "party/ukraine\" data-target=\"" + ID
                + "option/crimea-recognised-as-russian-by-ukraine\"><a class=\"chip pos-red-line\""), "the red-line cell");
        assertTrue(html.contains("“It’s Ukrainian land—there’s nothing to negotiate”&#10;".replace("&#10;", "\n")), "quote in the tooltip");
        assertTrue(html.contains("Russia: no known position"), "silent cells say so");
        Region kursk = r.regions().stream().filter(g -> g.label().equals("Kursk Oblast")).findFirst().orElseThrow();
        assertEquals(1, kursk.claims().size());
        assertEquals("99.5", kursk.claims().get(0).share());
        assertEquals("claimed", kursk.claims().get(0).kind());
    }

    @Test
    void whichStanceHoldsNowComesFromTheDerivedTimeline() {
        TdbStore store = sharedBundledStore();
        StanceReport r = StanceReport.read(store);
        Stance open = r.stances().stream().filter(s -> s.iri().equals(ID + "stance/zelenskyy-open-to-direct-talks")).findFirst().orElseThrow();
        Stance ready = r.stances().stream().filter(s -> s.iri().equals(ID + "stance/ukraine-ready-for-meeting-with-putin")).findFirst().orElseThrow();
        assertEquals("earlier", open.status());
        assertEquals(ready.iri(), open.supersededBy(), "the stance that follows it in Ukraine's timeline on direct talks");
        assertEquals("current", ready.status());
        assertNull(ready.supersededBy());
        assertEquals("2025-04-30", open.datedBy());
        assertEquals("undated; source published not after", open.dating());
        String tip = ReportHtml.tooltip(open, party(r, "ukraine"), null);
        assertTrue(tip.contains("placed in time: undated; source published not after 2025-04-30"), tip);
        assertTrue(tip.contains("earlier: a later stance of the same holder on this target replaces it"), tip);
        assertFalse(ReportHtml.tooltip(ready, party(r, "ukraine"), null).contains("earlier"));
        assertEquals(1, r.stances().stream().filter(Stance::earlier).count(), "one stance on the bundled data is replaced");
    }

    @Test
    void aStanceOnAnOptionShowsOnTheProvisionsThatSelectIt() {
        try (TdbStore store = fixture()) {
            StanceReport r = StanceReport.read(store);
            Party alpha = party(r, "alpha");
            List<Stance> onProvision = r.cell(alpha, target(r, "provision/plan-north"));
            assertEquals(List.of(ID + "stance/alpha-rejects"), onProvision.stream().map(Stance::iri).toList());
            assertTrue(r.otherTargets().isEmpty(), "the option has no row of its own: its provision shows it");
            String tip = ReportHtml.tooltip(onProvision.get(0), alpha, target(r, "provision/plan-north"));
            assertEquals("""
                    Alpha: red line
                    on the option “North goes to Beta”, which this provision selects
                    “Never.”
                    speaker: not named
                    when: 2025-04-02
                    source: Test source
                    reporting basis: on record""", tip);
            assertEquals(List.of("Alpha", "Beta", "Beta officials"), r.parties().stream().map(Party::label).toList(),
                    "a group follows the party it speaks for; groups without stances are left out");
        }
    }

    @Test
    void theTimelineIsOrderedByDateBoundsWithUndatedRecordsLast() {
        try (TdbStore store = fixture()) {
            List<String> order = StanceReport.read(store).timeline().stream().map(e -> e.date() + " " + e.label()).toList();
            assertEquals(List.of(
                    "2025 The war",
                    "2025-04-01 Summit",
                    "2025-04 The plan",
                    "2025-04-02 Alpha red line: North goes to Beta",
                    "null A rumour",
                    "null Beta officials open to: The plan"), order, "undated last, events before statements");
            String html = StanceReport.read(store).html();
            assertTrue(html.contains("“lately” relative to a source published on 2025-05-01"),
                    "undated time words are anchored to the source's date");
        }
        assertEquals("published between 2025-01-21 and 2025-04-30",
                ReportHtml.publication(new StanceReport.Source("s:1", "t", null, null, "2025-01-21", "2025-04-30")));
        assertEquals("published on or after 2025-01-21", ReportHtml.publication(new StanceReport.Source("s:1", "t", null, null, "2025-01-21", null)));
        assertNull(ReportHtml.publication(new StanceReport.Source("s:1", "t", null, null, null, null)));
        Entry year = new Entry("event", "e:1", "a", null, "2025", null, null, null);
        Entry month = new Entry("event", "e:2", "b", null, "2025-04", null, null, null);
        Entry day = new Entry("event", "e:3", "c", null, "2025-04-01", null, null, null);
        Entry none = new Entry("event", "e:4", "d", null, null, "recently", null, null);
        assertEquals(List.of(year, day, month, none), java.util.stream.Stream.of(none, month, day, year).sorted(Entry.ORDER).toList());
        assertThrows(IllegalArgumentException.class, () -> new Entry("event", "e:5", "x", null, "April", null, null, null));
    }

    @Test
    void regionsShowWhatTouchesThemAndClaimedVersusAssessedControl() {
        try (TdbStore store = fixture()) {
            Region north = StanceReport.read(store).regions().get(0);
            assertEquals("North", north.label());
            assertEquals("XX-N", north.code());
            assertEquals("Alpha", north.deJure());
            assertEquals(List.of("provision: Cede the North (The plan)", "option: North goes to Beta"),
                    north.touches().stream().map(t -> t.kind() + ": " + t.label() + (t.proposal() == null ? "" : " (" + t.proposal() + ")")).toList());
            assertEquals(List.of("assessed 25.0 null", "claimed 40.0 Beta"),
                    north.claims().stream().map(c -> c.kind() + " " + c.share() + " " + c.claimant()).toList());
        }
    }

    @Test
    void thePageIsSelfContained() {
        try (TdbStore store = fixture()) {
            String html = StanceReport.read(store).html();
            assertTrue(html.startsWith("<!DOCTYPE html>"));
            for (String external : new String[] {"<script", "<link", "src=", "@import", "url(", "<iframe"})
                assertFalse(html.contains(external), "the page fetches nothing: found " + external);
            assertTrue(html.contains("class=\"legend\""));
        }
    }

    @Test
    void everyTextOfTheRecordsIsEscaped() {
        try (TdbStore store = fixture(" <i>&\"'")) {
            String html = StanceReport.read(store).html();
            assertFalse(html.contains("<i>"), "a text written unescaped");
            String escaped = " &lt;i&gt;&amp;&quot;&#39;";
            for (String where : new String[] {
                    "data-party=\"" + ID + "party/alpha\">Alpha" + escaped + "<small>",
                    "<td class=\"quote\">“Never." + escaped + "”</td>",
                    "title=\"Alpha" + escaped + ": red line\n",
                    "<span class=\"kind\">event</span>Summit" + escaped,
                    "<h3>North" + escaped + " <small>XX-N" + escaped + " · de jure: Alpha" + escaped + "</small></h3>",
                    "<li>Test source" + escaped + " <span class=\"muted\">"})
                assertTrue(html.contains(where), "escaped: " + where);
        }
    }

    @Test
    void theReportCommandWritesTheFile() throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, cli("import", "--db", db, DATA.toString()).code());
        Path out = dir.resolve("out/report.html");
        Run r = cli("report", "--db", db, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote " + out + ": 15 stances"), r.out());
        assertTrue(Files.readString(out).contains("id=\"stance-matrix\""));
        Run missing = cli("report", "--db", dir.resolve("nothing").toString(), "--out", out.toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("no Parley store at"), missing.err());
        assertEquals(1, cli("report", "--db", db).code(), "--out is required");
    }
}
