package org.w3id.parley.derive;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.load.Sources;
import org.w3id.parley.generate.Generator;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conflicts of rule 50 hold their promises on the bundled data, on the bundled data with the
 * catalog's dated fixture, on the rule examples and on generated data: every conflict is symmetric
 * in its evidence (each pair it makes has both records present outside the derived graph and current, of two different
 * parties, one favourable and one opposing, or both favourable on terms a declared excludes
 * relation links) and rests on the identity of a term, the structure of a proposal or a declared
 * relation; and retracting a source removes exactly the conflicts that rested on it: the store
 * then holds the same derived graph as one that never imported the source.
 */
class ConflictConsistencyTest {
    @TempDir
    Path tmp;

    static final String PREFIXES = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** The pairs a conflict node makes: each position on one side with each on the other held by a different party. */
    static final String PAIRS = """
              ?conflict a parley:Conflict ; parley:forPosition ?f ; parley:againstPosition ?a .
              ?f parley:positionRecord ?fr ; parley:positionHolder ?fp ; parley:positionLeaning ?fl ; parley:positionBasis ?fb .
              ?a parley:positionRecord ?ar ; parley:positionHolder ?ap ; parley:positionLeaning ?al ; parley:positionBasis ?ab .
              OPTIONAL { ?f parley:countsFor ?fc } OPTIONAL { ?a parley:countsFor ?ac }
              FILTER(COALESCE(?fc, ?fp) != COALESCE(?ac, ?ap))
            """;

    /** Every conflict that breaks a promise, with the reason. */
    static final String BROKEN = PREFIXES + """
            SELECT DISTINCT ?conflict ?why WHERE {
              {
            """ + PAIRS + """
                BIND(
                  IF(NOT EXISTS { ?conflict parley:forRecord ?fr ; parley:againstRecord ?ar }, "the evidence does not name both records",
                  IF(NOT EXISTS { GRAPH ?g1 { ?fr a ?t1 } FILTER(?g1 != <https://w3id.org/parley/graph/derived>) }
                     || NOT EXISTS { GRAPH ?g2 { ?ar a ?t2 } FILTER(?g2 != <https://w3id.org/parley/graph/derived>) }, "a record is not in the data",
                  IF(EXISTS { ?fr a parley:Stance FILTER NOT EXISTS { ?fr parley:timelineStatus "current" } }
                     || EXISTS { ?ar a parley:Stance FILTER NOT EXISTS { ?ar parley:timelineStatus "current" } }, "a stance is not current",
                  IF(NOT EXISTS { ?fr parley:holder|parley:author ?fp } || NOT EXISTS { ?ar parley:holder|parley:author ?ap }, "a party is not the record's",
                  IF(?fl != "favourable", "the for-side is not favourable",
                  IF(?al = "opposing",
                     IF(?fb = ?ab
                        || EXISTS { ?fb parley:selectsOption|parley:hasProvision|parley:hasProvision/parley:selectsOption ?ab }
                        || EXISTS { ?ab parley:selectsOption|parley:hasProvision|parley:hasProvision/parley:selectsOption ?fb }
                        || EXISTS { ?fb (parley:entails|parley:refines)+ ?ab }
                        || EXISTS { ?fb parley:selectsOption/(parley:entails|parley:refines)+ ?ab }, "",
                        "no identity, structure or declared entails/refines links the two terms"),
                  IF(?al = "favourable",
                     IF(EXISTS { ?conflict parley:conflictRelation ?r . ?r parley:relationType parley:ExcludesRelation ;
                                   parley:subjectTerm ?rs ; parley:objectTerm ?ro .
                                 FILTER((?rs = ?fb || EXISTS { ?fb parley:selectsOption ?rs })
                                        && (?ro = ?ab || EXISTS { ?ab parley:selectsOption ?ro })) }, "",
                        "two favourable positions without a declared excludes between their terms"),
                     "the against-side is neither opposing nor favourable")))))))
                  AS ?why)
              } UNION {
                ?conflict a parley:Conflict .
                BIND(IF(NOT EXISTS { ?conflict parley:forPosition ?f1 } || NOT EXISTS { ?conflict parley:againstPosition ?a1 },
                        "a side is missing", "") AS ?why)
              } UNION {
                # A position named on one side with no position of another party on the other.
                { ?conflict parley:forPosition ?p . BIND(parley:againstPosition AS ?other) }
                UNION { ?conflict parley:againstPosition ?p . BIND(parley:forPosition AS ?other) }
                ?p parley:positionHolder ?pp . OPTIONAL { ?p parley:countsFor ?pc }
                FILTER NOT EXISTS {
                  ?conflict ?other ?q . ?q parley:positionHolder ?qp . OPTIONAL { ?q parley:countsFor ?qc }
                  FILTER(COALESCE(?pc, ?pp) != COALESCE(?qc, ?qp))
                }
                BIND("a position has no counterpart of another party" AS ?why)
              } UNION {
                # A record named as evidence that no position of its side rests on.
                { ?conflict parley:forRecord ?r . BIND(parley:forPosition AS ?side) }
                UNION { ?conflict parley:againstRecord ?r . BIND(parley:againstPosition AS ?side) }
                FILTER NOT EXISTS { ?conflict ?side ?q . ?q parley:positionRecord ?r }
                BIND("a record is named that no position of its side rests on" AS ?why)
              }
              FILTER(?why != "")
            } ORDER BY ?conflict ?why
            """;

    static List<String> broken(TdbStore store) {
        return store.read(conn -> {
            List<String> out = new ArrayList<>();
            try (var qe = conn.query(BROKEN)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(s.get("conflict") + ": " + s.get("why"));
                }
            }
            return out;
        });
    }

    /** Each pair of conflicting records, as "for-record against-record". */
    static Set<String> conflicts(TdbStore store) {
        return values(store, PREFIXES + "SELECT (CONCAT(STR(?fr), ' ', STR(?ar)) AS ?x) WHERE { " + PAIRS + " }");
    }

    static Set<String> derivedQuads(TdbStore store) {
        return values(store, "SELECT (CONCAT(STR(?s), ' ', STR(?p), ' ', STR(?o)) AS ?x) WHERE { GRAPH <"
                + Derivation.GRAPH + "> { ?s ?p ?o } }");
    }

    static Set<String> values(TdbStore store, String query) {
        return store.read(conn -> {
            Set<String> out = new TreeSet<>();
            conn.querySelect(query, s -> out.add(s.get("x").toString()));
            return out;
        });
    }

    static void assertConsistent(TdbStore store, String what) {
        assertFalse(conflicts(store).isEmpty(), what + ": no conflict to check");
        assertEquals(List.of(), broken(store), what);
    }

    @Test
    void bundledData() {
        assertConsistent(TestSupport.sharedBundledStore(), "bundled data");
    }

    @Test
    void bundledDataWithTheDatedFixture() {
        try (TdbStore store = TdbStore.inMemory()) {
            Importer.run(store, Input.of(List.of(TestSupport.DATA,
                    Path.of("src/test/resources/queries/fixture/dated-stances.json"))), Importer.DEFAULT_MAX_ERRORS);
            assertConsistent(store, "bundled data and the dated fixture");
        }
    }

    @Test
    void ruleExamples() {
        try (TdbStore store = TdbStore.inMemory()) {
            RuleExamplesTest.load(store, RuleExamplesTest.DIR.resolve("world.trig"));
            assertConsistent(store, "world.trig");
        }
    }

    @Test
    @Integration
    void generatedData() {
        Path out = tmp.resolve("gen");
        Generator.create().scale(0.02).seed(11).out(out).build().run();
        try (TdbStore store = TdbStore.inMemory()) {
            Importer.run(store, Input.of(List.of(out)), Importer.DEFAULT_MAX_ERRORS);
            // Generated data may hold no conflict at all; what it holds must keep the promises.
            assertEquals(List.of(), broken(store), "generated data");
        }
    }

    /**
     * Retracting the Istanbul source (which declares the only excludes relation of the bundled
     * data and supersedes an April stance) leaves exactly the derived graph of a store that never
     * imported it, and every conflict it removes rested on a record or relation of that source.
     */
    @Test
    void retractingASourceRemovesExactlyWhatRestedOnIt() {
        String slug = "2025-05-16-istanbul-talks";
        try (TdbStore store = TdbStore.inMemory(); TdbStore without = TdbStore.inMemory()) {
            Importer.run(store, Input.of(List.of(TestSupport.DATA)), Importer.DEFAULT_MAX_ERRORS);
            Set<String> before = conflicts(store);
            Sources.retract(store, List.of(slug));
            Importer.run(without, Input.of(List.of(TestSupport.DATA.resolve("reference"),
                    TestSupport.DATA.resolve("sources/2025-04-ceasefire-lines.json"))), Importer.DEFAULT_MAX_ERRORS);
            assertEquals(derivedQuads(without), derivedQuads(store), "the derived graph after retraction");
            Set<String> after = conflicts(store);
            assertTrue(before.containsAll(after), "retraction adds no conflict here: " + after);
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(after);
            assertFalse(removed.isEmpty(), "the Istanbul source's conflicts are removed");
            for (String c : removed)
                assertTrue(restsOnIstanbul(c), c + " rested on the retracted source");
            assertEquals(List.of(), broken(store), "after retraction");
        }
    }

    /** Whether one of the two records of the pair is one the Istanbul file defines. */
    private static boolean restsOnIstanbul(String pair) {
        try {
            String text = Files.readString(TestSupport.DATA.resolve("sources/2025-05-16-istanbul-talks.json"));
            for (String record : pair.split(" ")) {
                String slug = record.substring(record.lastIndexOf('/') + 1);
                if (text.contains("\"id\": \"" + slug + "\"")) return true;
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
