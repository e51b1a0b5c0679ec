package org.w3id.parley.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.cli;
import static org.w3id.parley.TestSupport.value;

/**
 * The generator is deterministic, writes input that passes every import check, and writes what
 * the derived layer derives from: timelines, source disagreements, declared relations, joint
 * proposals and agreements, groups holding stances.
 */
class GeneratorTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameFilesOtherSeedOtherFiles() throws IOException {
        Generator.create().scale(0.01).seed(5).out(dir.resolve("a")).build().run();
        Generator.create().scale(0.01).seed(5).out(dir.resolve("b")).build().run();
        Generator.create().scale(0.01).seed(6).out(dir.resolve("c")).build().run();
        assertEquals(contents(dir.resolve("a")), contents(dir.resolve("b")));
        assertNotEquals(contents(dir.resolve("a")), contents(dir.resolve("c")));
    }

    @Test
    void outputPassesValidation() {
        Path out = dir.resolve("gen");
        var run = cli("generate", "--scale", "0.01", "--seed", "3", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        Importer.Prepared p = Importer.prepare(Input.of(List.of(out)), 100);
        assertEquals(5, p.files());
        assertTrue(p.records() > 300, "records: " + p.records());
        assertEquals(0, cli("validate", out.toString()).code());
    }

    @Test
    void sizeGrowsLinearlyWithScale() {
        assertEquals(400, Generator.create().scale(1).out(dir).build().sources());
        assertEquals(4000, Generator.create().scale(10).out(dir).build().sources());
        assertThrows(IllegalArgumentException.class, () -> Generator.create().scale(0));
    }

    /**
     * The files conform to the published JSON Schema and pass validation, and each thing the
     * derived layer's rules derive from appears at scale 0.01, counted in the imported store.
     */
    @Test
    void generatedDataExercisesTheDerivedLayer() throws IOException {
        Path out = dir.resolve("gen");
        Generator.create().scale(0.01).seed(11).out(out).build().run();
        assertEquals(0, cli("validate", out.toString()).code());
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(Path.of("ontology/parley-input.schema.json").toFile()));
        for (Map.Entry<String, String> f : contents(out).entrySet())
            assertEquals(Set.of(), schema.validate(json.readTree(f.getValue())), f.getKey());
        Importer.Prepared p = Importer.prepare(Input.of(List.of(out)), 100);
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            Importer.write(store, p, false, org.w3id.parley.load.Progress.NONE, System.nanoTime());
            // Timelines: one holder on one target in two sources, with different positions.
            assertPositive(store, "changes over time", """
                    SELECT (COUNT(*) AS ?n) { ?a a parley:Stance ; parley:holder ?h ; parley:target ?t ; parley:position ?pa ;
                        prov:wasDerivedFrom ?sa ; parley:statedOn ?da .
                      ?b a parley:Stance ; parley:holder ?h ; parley:target ?t ; parley:position ?pb ;
                        prov:wasDerivedFrom ?sb ; parley:statedOn ?db .
                      FILTER(?sa != ?sb && ?pa != ?pb && STR(?da) < STR(?db)) }""");
            // Later stances of one holder on one target: some more favourable, some less (rank 1 is the most favourable).
            assertPositive(store, "more favourable", successive("<"));
            assertPositive(store, "less favourable", successive(">"));
            assertPositive(store, "supersedes across sources", """
                    SELECT (COUNT(*) AS ?n) { ?a parley:supersedes ?b ; parley:holder ?h ; parley:target ?t ; prov:wasDerivedFrom ?sa .
                      ?b parley:holder ?h ; parley:target ?t ; prov:wasDerivedFrom ?sb . FILTER(?sa != ?sb) }""");
            for (String type : List.of("date", "gYearMonth", "gYear"))
                assertPositive(store, "statedOn as xsd:" + type,
                        "SELECT (COUNT(*) AS ?n) { ?s a parley:Stance ; parley:statedOn ?d FILTER(DATATYPE(?d) = xsd:" + type + ") }");
            assertPositive(store, "undated, placed by the source", """
                    SELECT (COUNT(*) AS ?n) { ?s a parley:Stance FILTER NOT EXISTS { ?s parley:statedOn|parley:statedAt ?x } }""");
            assertPositive(store, "undated, placed by an event", """
                    SELECT (COUNT(*) AS ?n) { ?s a parley:Stance ; parley:statedAt/parley:date ?d FILTER NOT EXISTS { ?s parley:statedOn ?x } }""");
            assertPositive(store, "validFrom", "SELECT (COUNT(*) AS ?n) { ?s a parley:Stance ; parley:validFrom ?d }");
            assertPositive(store, "validUntil", "SELECT (COUNT(*) AS ?n) { ?s a parley:Stance ; parley:validUntil ?d }");
            assertPositive(store, "source disagreements", """
                    SELECT (COUNT(*) AS ?n) { ?a a parley:Stance ; parley:holder ?h ; parley:target ?t ; parley:position ?pa ;
                        prov:wasDerivedFrom ?sa ; parley:statedOn ?d .
                      ?b a parley:Stance ; parley:holder ?h ; parley:target ?t ; parley:position ?pb ;
                        prov:wasDerivedFrom ?sb ; parley:statedOn ?d .
                      FILTER(?sa != ?sb && ?pa != ?pb) }""");
            for (String relation : List.of("Excludes", "Entails", "Refines", "Compatible")) {
                assertPositive(store, relation + " between options", relation(relation, "Option"));
                if (!relation.equals("Refines")) assertPositive(store, relation + " from a provision", relation(relation, "Provision"));
            }
            assertPositive(store, "joint proposals", """
                    SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a parley:Proposal ; parley:author ?a, ?b FILTER(?a != ?b) }""");
            assertPositive(store, "agreed joint proposals", """
                    SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a parley:Proposal ; parley:proposalStatus parley:Agreed ; parley:author ?a, ?b
                      FILTER(?a != ?b) }""");
            assertPositive(store, "groups holding stances", """
                    SELECT (COUNT(*) AS ?n) { ?s a parley:Stance ; parley:holder ?g . ?g a parley:Group ; parley:represents ?p }""");
            // The derived layer ran on it: every stance is placed in time.
            assertEquals(value(store, "SELECT (COUNT(*) AS ?n) { ?s a parley:Stance }"),
                    value(store, "SELECT (COUNT(*) AS ?n) { ?s a parley:Stance ; parley:effectiveEnd ?e }"));
        }
    }

    private static String successive(String comparison) {
        return """
                SELECT (COUNT(*) AS ?n) { ?a a parley:Stance ; parley:holder ?h ; parley:target ?t ; parley:position/parley:rank ?ra ;
                    prov:wasDerivedFrom ?sa ; parley:statedOn ?da .
                  ?b a parley:Stance ; parley:holder ?h ; parley:target ?t ; parley:position/parley:rank ?rb ;
                    prov:wasDerivedFrom ?sb ; parley:statedOn ?db .
                  FILTER(?sa != ?sb && STR(?da) < STR(?db) && ?rb %s ?ra) }""".formatted(comparison);
    }

    private static String relation(String type, String fromClass) {
        return """
                SELECT (COUNT(*) AS ?n) { ?r a parley:TermRelation ; parley:relationType parley:%sRelation ;
                  parley:subjectTerm ?from ; parley:objectTerm ?to ; rdfs:comment ?note . ?from a parley:%s }""".formatted(type, fromClass);
    }

    private static void assertPositive(TdbStore store, String what, String query) {
        long n = Long.parseLong(value(store, query));
        assertTrue(n > 0, what + ": " + n);
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }
}
