package org.w3id.parley.api;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.parley.Integration;
import org.w3id.parley.model.ControlClaim;
import org.w3id.parley.model.Document;
import org.w3id.parley.model.Party;
import org.w3id.parley.model.Person;
import org.w3id.parley.model.Proposal;
import org.w3id.parley.model.Provision;
import org.w3id.parley.model.Region;
import org.w3id.parley.model.Role;
import org.w3id.parley.model.Source;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Typed reads that gather a record with its parts (a proposal with its provisions, a person with
 * roles, a region with control claims) see one state of the store while imports replace it:
 * every answer equals the answer before an import or after it, exactly: each read is one query
 * in one read transaction. On Fuseki (a remote store over TDB2) each read is one request and an
 * import that fits in one batch is one update request, so the same holds there.
 */
@Integration
class ConsistentReadsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"tdb2", "memory"})
    void typedReadsDuringImportsEqualTheStateBeforeOrAfter(String kind) throws Exception {
        try (Parley parley = kind.equals("tdb2") ? Parley.open(dir.resolve("db")) : Parley.inMemory()) {
            readWhileImporting(parley, 30);
        }
    }

    /**
     * Fuseki in a separate JVM: imports that fit in one batch are one update request, one TDB2
     * write transaction, and never staged where the union default graph would show them.
     */
    @org.junit.jupiter.api.Test
    void typedReadsDuringRemoteImportsIntoFusekiEqualTheStateBeforeOrAfter() throws Exception {
        try (org.w3id.parley.store.FusekiProcess fuseki = org.w3id.parley.store.FusekiProcess.start(dir.resolve("fuseki-db"), null,
                dir.resolve("fuseki.log")); Parley parley = Parley.of(org.w3id.parley.store.RemoteStore.at(fuseki.datasetUrl()).build())) {
            readWhileImporting(parley, 30);
        }
    }

    private static void readWhileImporting(Parley parley, int imports) throws Exception {
        Document refA = reference("A", 1, 1), refB = reference("B", 3, 2);
        Document srcA = source("A", 1, 1), srcB = source("B", 6, 3);
        Map<String, Function<Parley, Object>> reads = new TreeMap<>(Map.of(
                "proposals", Parley::proposals, "persons", Parley::persons, "regions", Parley::regions));

        parley.importDocuments(refB, srcB);
        Map<String, Object> stateB = answers(parley, reads);
        parley.importDocuments(refA, srcA);
        Map<String, Object> stateA = answers(parley, reads);
        for (String read : reads.keySet())
            assertNotEquals(stateA.get(read), stateB.get(read), read + " differs between the two states");

        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (String read : reads.keySet()) {
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        Object answer = reads.get(read).apply(parley);
                        if (answer.equals(stateA.get(read))) seen.add(read + " A");
                        else if (answer.equals(stateB.get(read))) seen.add(read + " B");
                        else mixed.add(read + ": " + answer);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            readers.add(t);
        }
        try {
            for (int i = 0; i < imports; i++) {
                if (i % 2 == 0) parley.importDocuments(refB, srcB);
                else parley.importDocuments(refA, srcA);
            }
        } finally {
            stop.set(true);
            for (Thread t : readers) t.join();
        }
        assertEquals(List.of(), failures);
        assertTrue(mixed.isEmpty(), mixed.size() + " of " + (mixed.size() + seen.size()) + " answers mix two states, such as "
                + mixed.stream().limit(2).toList());
        System.out.println("ConsistentReadsTest: " + (mixed.size() + seen.size()) + " reads during " + imports + " imports, none mixed");
        for (String read : reads.keySet())
            assertTrue(seen.contains(read + " A") || seen.contains(read + " B"), read + " was read: " + seen.size());
    }

    private static Map<String, Object> answers(Parley parley, Map<String, Function<Parley, Object>> reads) {
        Map<String, Object> out = new TreeMap<>();
        reads.forEach((name, read) -> out.put(name, read.apply(parley)));
        return out;
    }

    /** A party, a person with {@code roles} roles, and {@code regions} regions, labelled by version. */
    private static Document reference(String version, int roles, int regions) {
        Role[] rs = new Role[roles];
        for (int i = 0; i < roles; i++)
            rs[i] = Role.builder().set("id", "mix-role-" + i).set("office", "Office " + i + " " + version)
                    .set("roleType", "envoy").set("onBehalfOf", "mix-party").set("start", "2025-0" + (i + 1)).build();
        Region[] gs = new Region[regions];
        for (int i = 0; i < regions; i++)
            gs[i] = Region.builder().set("id", "mix-region-" + i).set("label", "Region " + i + " " + version)
                    .set("deJureCountry", "mix-party").build();
        return Document.builder()
                .add("parties", Party.builder().set("id", "mix-party").set("type", "State")
                        .set("label", "Mix " + version).build())
                .add("persons", Person.builder().set("id", "mix-person").set("label", "Person " + version)
                        .add("roles", rs).build())
                .add("regions", gs)
                .build();
    }

    /** A proposal with {@code provisions} provisions over the first region, and {@code claims} control claims. */
    private static Document source(String version, int provisions, int claims) {
        Provision[] pv = new Provision[provisions];
        for (int i = 0; i < provisions; i++)
            pv[i] = Provision.builder().set("id", "mix-term-" + i).set("label", "Term " + i + " " + version)
                    .add("regions", "mix-region-0").build();
        ControlClaim[] cc = new ControlClaim[claims];
        for (int i = 0; i < claims; i++)
            cc[i] = ControlClaim.builder().set("id", "mix-claim-" + i).set("region", "mix-region-0")
                    .set("controller", "mix-party")
                    .set("sharePercent", new BigDecimal(10 * (i + 1))).set("kind", "assessed")
                    .set("basis", "analyst-assessment").build();
        return Document.builder()
                .set("source", Source.builder().set("id", "mix-src").set("title", "Mix source " + version).build())
                .add("proposals", Proposal.builder().set("id", "mix-plan").set("label", "Plan " + version)
                        .set("author", "mix-party").set("status", "floated")
                        .set("basis", "on-record").add("provisions", pv).build())
                .add("controlClaims", cc)
                .build();
    }
}
