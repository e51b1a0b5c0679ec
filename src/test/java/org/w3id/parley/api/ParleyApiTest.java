package org.w3id.parley.api;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.model.RecordBuilder;
import org.w3id.parley.model.Document;
import org.w3id.parley.model.Event;
import org.w3id.parley.model.Party;
import org.w3id.parley.model.Source;
import org.w3id.parley.model.Stance;
import org.w3id.parley.query.UnknownQueryException;
import org.w3id.parley.store.TdbStore;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/** The embedding API against real stores: in memory and TDB2 in a temporary folder. */
class ParleyApiTest {
    @TempDir
    Path dir;

    @Test
    void typedReadsInMemory() {
        try (Parley parley = Parley.inMemory()) {
            parley.importBundled();
            checkReads(parley);
        }
    }

    @Test
    void typedReadsOnTdb2SurviveReopening() {
        try (Parley parley = Parley.open(dir.resolve("db"))) {
            parley.importPaths(Path.of("data"));
        }
        try (Parley parley = Parley.open(dir.resolve("db"))) {
            checkReads(parley);
        }
    }

    @Test
    void typedReadsOverFusekiOnLoopback() {
        try (TdbStore backing = TdbStore.inMemory()) {
            FusekiServer server = FusekiServer.create().port(0).loopback(true)
                    .add("/ds", backing.datasetGraph(), true).build().start();
            try (Parley parley = Parley.connect("http://localhost:" + server.getHttpPort() + "/ds")) {
                parley.importBundled();
                checkReads(parley);
                assertEquals(backing.size(), parley.store().size(), "the same quads are visible through HTTP");
            } finally {
                server.stop();
            }
        }
    }

    private static void checkReads(Parley parley) {
        Records.PartyInfo ukraine = parley.parties().stream().filter(p -> p.id().equals("ukraine")).findFirst().orElseThrow();
        assertEquals(new Records.PartyInfo("ukraine", "State", "Ukraine", "Q212", null), ukraine);

        Records.PersonInfo zelenskyy = parley.persons().stream().filter(p -> p.id().equals("volodymyr-zelenskyy")).findFirst().orElseThrow();
        assertEquals("Q3874799", zelenskyy.wikidata());
        assertTrue(zelenskyy.roles().stream().anyMatch(r -> "ukraine".equals(r.onBehalfOf()) && r.roleType().equals("head-of-state")),
                zelenskyy.roles().toString());

        Records.RegionInfo kursk = parley.regions().stream().filter(r -> r.id().equals("kursk-oblast")).findFirst().orElseThrow();
        assertEquals("RU-KRS", kursk.iso3166_2());
        Records.ControlClaimInfo claim = kursk.controlClaims().stream().filter(c -> c.sharePercent() != null).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("99.5").compareTo(claim.sharePercent()));
        assertEquals("claimed", claim.kind());
        assertEquals("party/russia", claim.claimant());
        assertEquals(6, parley.regions().size());

        Records.ProposalInfo us = parley.proposals().stream().filter(p -> p.id().equals("us-framework")).findFirst().orElseThrow();
        assertEquals("united-states", us.author());
        assertTrue(us.provisions().size() >= 5, us.provisions().toString());
        assertEquals("2025-04-ceasefire-lines", us.sourcing().source());

        List<Records.StanceInfo> ukr = parley.stancesOf("ukraine");
        Records.StanceInfo redLine = ukr.stream().filter(s -> s.position().equals("red-line")).findFirst().orElseThrow();
        assertEquals("volodymyr-zelenskyy", redLine.speaker());
        assertEquals("It’s Ukrainian land—there’s nothing to negotiate", redLine.quote());
        assertEquals("on-record", redLine.sourcing().basis());
        assertTrue(ukr.stream().allMatch(s -> s.holder().equals("ukraine")));
        assertEquals(List.of(redLine), parley.stancesOn(redLine.target()).stream().filter(s -> s.holder().equals("ukraine")
                && s.position().equals("red-line")).toList());
        assertTrue(parley.stances().containsAll(ukr));

        List<Row> rows = parley.sparql("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/parley/ontology#Region> }");
        assertEquals("6", rows.get(0).get("n"));
    }

    /** The typed reads answer the same as the catalog queries they correspond to. */
    @Test
    void typedReadsAgreeWithTheCatalog() {
        try (Parley parley = Parley.inMemory()) {
            parley.importBundled();
            for (Records.PartyInfo p : parley.parties()) {
                java.util.Set<String> api = new java.util.TreeSet<>(), catalog = new java.util.TreeSet<>();
                parley.stancesOf(p.id()).forEach(s -> api.add(s.id()));
                parley.query("stances-by-party", Map.of("party", p.id())).forEach(r -> catalog
                        .add(r.get("stance").replaceAll(".*/", "")));
                assertEquals(catalog, api, "stances of " + p.id());
            }
            for (Records.StanceInfo s : parley.stances()) {
                java.util.Set<String> catalog = new java.util.TreeSet<>();
                parley.query("stances-by-target", Map.of("target", s.target())).forEach(r -> catalog
                        .add(r.get("stance").replaceAll(".*/", "")));
                assertTrue(catalog.contains(s.id()), s.id() + " on " + s.target() + ": " + catalog);
            }
            int claims = parley.regions().stream().mapToInt(r -> r.controlClaims().size()).sum();
            assertEquals(parley.query("control-claims", Map.of()).size(), claims);

            // Matrix, conflicts and as-of views are the catalog's own queries, typed.
            List<Records.MatrixCell> matrix = parley.stanceMatrix("us-framework");
            assertFalse(matrix.isEmpty());
            assertTrue(matrix.stream().anyMatch(c -> c.position().equals("no known position")), "silence is shown");
            assertTrue(matrix.stream().anyMatch(c -> c.party().equals("ukraine") && c.provision().equals("us-crimea-control")
                    && c.position().equals("no known position")), "Ukraine's openness to U.S. suggestions does not reach the framework: " + matrix);
            List<Records.MatrixCell> putin = parley.stanceMatrix("putin-offer");
            // European officials speak for the European states: their wariness shows in that row.
            assertTrue(putin.stream().anyMatch(c -> c.party().equals("europe")
                    && "european-officials-wary-of-putin-offer".equals(c.stance()) && c.link().equals("the whole proposal")), putin.toString());
            List<Records.Conflict> conflicts = parley.conflicts("ukraine");
            assertTrue(conflicts.stream().anyMatch(c -> c.againstParty().equals("ukraine") && c.againstPosition().equals("red-line")
                    && c.forParty().equals("russia") && c.againstRecord().endsWith("ukraine-withdrawal-demand-non-starter")), conflicts.toString());
            // Conflicts rest on declared relations: Ukraine's red line on recognising Crimea as Russian itself
            // refines, and so does not conflict with, the U.S. framework's recognition of Russia's control.
            assertTrue(conflicts.stream().noneMatch(c -> c.againstRecord().endsWith("ukraine-crimea-red-line")), conflicts.toString());
            assertTrue(parley.stancesAsOf("2025-04-29", null, null).isEmpty(), "nothing is established before the source's latest date");
            assertFalse(parley.stancesAsOf("2025-04-30", "ukraine", null).isEmpty());
        }
    }

    @Test
    void dumpsEveryFormatDeterministically() {
        try (Parley parley = Parley.open(dir.resolve("dump-db"))) {
            parley.importBundled();
            for (org.w3id.parley.dump.DumpFormat f : org.w3id.parley.dump.DumpFormat.values()) {
                var a = new java.io.ByteArrayOutputStream();
                var b = new java.io.ByteArrayOutputStream();
                parley.dump(f, a);
                parley.dump(f, b);
                assertTrue(a.size() > 1000, f + " wrote " + a.size() + " bytes");
                assertArrayEquals(a.toByteArray(), b.toByteArray(), f + " is deterministic");
            }
            Path file = dir.resolve("parley.nq.gz");
            parley.dump(org.w3id.parley.dump.DumpFormat.values()[0], file);
            assertTrue(java.nio.file.Files.exists(file));
        }
    }

    @Test
    void unknownCatalogQueryIsNamed() {
        try (Parley parley = Parley.inMemory()) {
            var e = assertThrows(UnknownQueryException.class, () -> parley.query("no-such-query", Map.of()));
            assertTrue(e.getMessage().contains("no-such-query"), e.getMessage());
        }
    }

    @Test
    void documentsBuiltInJavaAreImportedAndValidatedLikeFiles() {
        try (Parley parley = Parley.inMemory()) {
            ImportSummary s = parley.importDocuments(reference(), source("api-test", 2, 1));
            assertEquals(2, s.files());
            assertEquals(2, parley.stancesOf("api-party").size());

            // A dangling reference: same error as from a file, located by JSON pointer.
            Document bad = Document.builder().set("source", Source.builder().set("id", "api-bad")
                    .set("title", "Bad").build())
                    .add("stances", Stance.builder().set("id", "api-bad-stance").set("holder", "nobody")
                            .set("target", "option/none").set("position", "supports").set("basis", "on-record").build())
                    .build();
            long before = parley.store().size();
            var e = assertThrows(InvalidInputException.class, () -> parley.importDocuments(reference(), bad));
            assertTrue(e.problems().stream().anyMatch(p -> p.pointer().equals("/stances/0/holder")
                    && p.message().contains("unknown party \"nobody\"")), e.problems().toString());
            assertEquals(before, parley.store().size(), "nothing written");
        }
    }

    @Test
    void buildersRejectBadValuesNamingTheField() {
        var e = assertThrows(org.w3id.parley.model.InvalidRecordException.class,
                () -> Stance.builder().set("id", "x").set("holder", "ukraine").set("target", "option/y")
                        .set("position", "loves").set("basis", "on-record").build());
        assertTrue(e.getMessage().startsWith("Stance: 'position' = \"loves\" is not one of ["), e.getMessage());
        assertEquals("Stance", e.record());
        assertEquals("position", e.field());
        assertInstanceOf(org.w3id.parley.ParleyException.class, e);
        assertThrows(NullPointerException.class, () -> Party.builder().set("label", null));
    }

    /** Readers running during repeated imports see the store before or after an import, never a mix. */
    @Test
    @Integration
    void concurrentReadersNeverSeeAHalfWrittenImport() throws Exception {
        try (Parley parley = Parley.open(dir.resolve("concurrent"))) {
            Document ref = reference();
            Document v1 = source("api-concurrent", 3, 1), v2 = source("api-concurrent", 7, 5);
            parley.importDocuments(ref, v1);
            String q = "SELECT (COUNT(DISTINCT ?s) AS ?stances) (COUNT(DISTINCT ?e) AS ?events) {"
                    + " { ?s a <https://w3id.org/parley/ontology#Stance> } UNION { ?e a <https://w3id.org/parley/ontology#Event> } }";
            AtomicBoolean stop = new AtomicBoolean();
            ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        Row r = parley.sparql(q).get(0);
                        seen.add(r.get("stances") + "/" + r.get("events"));
                    }
                });
                t.start();
                readers.add(t);
            }
            try {
                for (int i = 0; i < 20; i++) parley.importDocuments(ref, i % 2 == 0 ? v2 : v1);
            } finally {
                stop.set(true);
                for (Thread t : readers) t.join();
            }
            assertFalse(seen.isEmpty());
            for (String s : seen) assertTrue(s.equals("3/1") || s.equals("7/5"), "a reader saw a mix: " + s);
        }
    }

    private static Document reference() {
        return Document.builder()
                .add("parties", Party.builder().set("id", "api-party").set("type", "State")
                        .set("label", "API party").build())
                .build();
    }

    private static Document source(String id, int stances, int events) {
        RecordBuilder<Document> b = Document.builder().set("source", Source.builder().set("id", id)
                .set("title", "Test source " + id).build());
        for (int i = 0; i < stances; i++)
            b.add("stances", Stance.builder().set("id", id + "-stance-" + i).set("holder", "api-party")
                    .set("target", "proposal/" + id + "-plan")
                    .set("position", "supports").set("basis", "on-record").build());
        for (int i = 0; i < events; i++)
            b.add("events", Event.builder().set("id", id + "-event-" + i).set("type", "meeting").set("label", "Meeting " + i)
                    .set("status", "held").set("basis", "unattributed").build());
        b.add("proposals", org.w3id.parley.model.Proposal.builder().set("id", id + "-plan").set("label", "Plan")
                .set("author", "api-party").set("status", "floated").set("basis", "on-record")
                .add("provisions", org.w3id.parley.model.Provision.builder().set("id", id + "-term")
                        .set("label", "Term").build()).build());
        return b.build();
    }
}
