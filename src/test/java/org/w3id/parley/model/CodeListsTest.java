package org.w3id.parley.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every code list of the model agrees with the ontology and the input's JSON Schema, both ways:
 * a constant without its concept, a concept or scheme without its constant, a schema value
 * without its constant or a constant the schema does not allow each fail.
 */
class CodeListsTest {
    private static final Path ONTOLOGY = Path.of("ontology/parley.ttl");
    private static final Path SCHEMA = Path.of("ontology/parley-input.schema.json");
    private static final Path MODEL_SOURCES = Path.of("src/main/java/org/w3id/parley/model");

    /**
     * Where each list is in the ontology and in the schema.
     *
     * @param list    the enum
     * @param terms   how the ontology holds its terms: a concept scheme, a parent class, or none
     * @param pointer JSON pointer of the list's {@code enum} in the schema
     */
    private record Row(Class<? extends Code> list, Terms terms, String pointer) {}

    /** The concepts of a scheme, the classes below a parent (and the parent when it is a value too), or nothing. */
    private record Terms(String scheme, String parent, boolean parentIsValue) {
        static Terms scheme(String local) {
            return new Terms(Code.NS + local, null, false);
        }

        static Terms subclasses(String local, boolean parentIsValue) {
            return new Terms(null, Code.NS + local, parentIsValue);
        }

        static Terms none() {
            return new Terms(null, null, false);
        }
    }

    private static final List<Row> LISTS = List.of(
            new Row(Position.class, Terms.scheme("PositionScheme"), "/$defs/stance/properties/position"),
            new Row(ReportingBasis.class, Terms.scheme("ReportingBasisScheme"), "/$defs/basis"),
            new Row(Confidence.class, Terms.scheme("ConfidenceScheme"), "/$defs/confidence"),
            new Row(ProposalStatus.class, Terms.scheme("ProposalStatusScheme"), "/$defs/proposal/properties/status"),
            new Row(EventStatus.class, Terms.scheme("EventStatusScheme"), "/$defs/event/properties/status"),
            new Row(ParticipationStatus.class, Terms.scheme("ParticipationStatusScheme"),
                    "/$defs/participation/properties/status"),
            new Row(ParticipationRole.class, Terms.scheme("ParticipationRoleScheme"),
                    "/$defs/participation/properties/role"),
            new Row(ClaimKind.class, Terms.scheme("ClaimKindScheme"), "/$defs/controlClaim/properties/kind"),
            new Row(ControlExtent.class, Terms.scheme("ControlExtentScheme"), "/$defs/controlClaim/properties/extent"),
            new Row(RoleType.class, Terms.scheme("RoleTypeScheme"), "/$defs/role/properties/roleType"),
            new Row(RelationType.class, Terms.scheme("TermRelationScheme"), "/$defs/termRelation/properties/relation"),
            new Row(ConfirmationStatus.class, Terms.scheme("ConfirmationStatusScheme"),
                    "/$defs/confirmation/properties/status"),
            new Row(EventType.class, Terms.subclasses("Event", false), "/$defs/event/properties/type"),
            new Row(PartyType.class, Terms.subclasses("Party", false), "/$defs/party/properties/type"),
            new Row(ProposalType.class, Terms.subclasses("Proposal", true), "/$defs/proposal/properties/type"),
            new Row(ConstraintType.class, Terms.none(), "/$defs/constraint/properties/constraintType"));

    private static Model ontology;
    private static JsonNode schema;

    @BeforeAll
    static void load() throws IOException {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        schema = new ObjectMapper().readTree(SCHEMA.toFile());
    }

    @TestFactory
    Stream<DynamicTest> eachListMatchesTheOntology() {
        return LISTS.stream().map(row -> DynamicTest.dynamicTest(row.list().getSimpleName(), () -> {
            if (row.terms().scheme() == null && row.terms().parent() == null) {
                for (Code c : row.list().getEnumConstants())
                    assertNull(c.term(), c + ": the ontology holds this list as plain strings");
                return;
            }
            Map<String, Code> constants = Arrays.stream(row.list().getEnumConstants())
                    .collect(Collectors.toMap(Code::term, c -> c));
            Set<String> terms = terms(row.terms());
            assertEquals(new TreeSet<>(terms), new TreeSet<>(constants.keySet()),
                    row.list().getSimpleName() + ": the ontology's terms and the constants' terms");
            for (String term : terms) {
                Resource r = ontology.getResource(term);
                Code c = constants.get(term);
                String label = r.hasProperty(SKOS.prefLabel) ? string(r, SKOS.prefLabel) : string(r, RDFS.label);
                if (r.hasProperty(SKOS.notation))
                    assertEquals(string(r, SKOS.notation), c.code(), term + ": skos:notation and the constant's code");
                else // classes without a notation: the code is the local name (State) or the label (demand)
                    assertTrue(c.code().equals(r.getLocalName()) || c.code().equals(label),
                            term + ": the code " + c.code() + " is neither its local name nor its label");
                assertEquals(label, c.label(), term + ": the English label and the constant's label");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachListMatchesTheSchema() {
        return LISTS.stream().map(row -> DynamicTest.dynamicTest(row.list().getSimpleName(), () -> {
            JsonNode node = schema.at(row.pointer()).get("enum");
            assertTrue(node != null && node.isArray(), row.pointer() + " has an enum");
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.textValue()));
            assertEquals(values, List.copyOf(Code.codes(row.list())),
                    row.pointer() + ": the schema's values and the constants' codes, in the same order");
        }));
    }

    @Test
    void everySchemeOfTheOntologyHasItsList() {
        Set<String> schemes = new TreeSet<>();
        ontology.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme)
                .forEachRemaining(s -> schemes.add(s.getURI()));
        Set<String> listed = new TreeSet<>();
        for (Row row : LISTS) if (row.terms().scheme() != null) listed.add(row.terms().scheme());
        assertEquals(schemes, listed, "every concept scheme of the ontology is a code list of the model");
    }

    @Test
    void everyEnumOfTheSchemaHasItsList() {
        Set<String> pointers = new TreeSet<>();
        enums(schema, "", pointers);
        Set<String> listed = new TreeSet<>();
        for (Row row : LISTS) listed.add(row.pointer());
        assertEquals(pointers, listed, "every enum of the schema is a code list of the model");
    }

    @Test
    void everyCodeListOfTheModelIsChecked() throws IOException {
        Set<String> enums = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODEL_SOURCES)) {
            for (Path f : files.toList())
                if (Files.readString(f).contains(" enum " + name(f) + " implements Code")) enums.add(name(f));
        }
        Set<String> listed = new TreeSet<>();
        for (Row row : LISTS) listed.add(row.list().getSimpleName());
        assertEquals(enums, listed, "every code list of the model is in this test's table");
    }

    @Test
    void relationsLinkTermsThroughTheirDeclaredProperties() {
        for (RelationType r : RelationType.values()) {
            Resource p = ontology.getResource(r.property());
            assertTrue(p.hasProperty(RDF.type, OWL.ObjectProperty), r + ": " + p + " is an object property");
            assertEquals(p.hasProperty(RDF.type, OWL.SymmetricProperty), r.symmetric(), r + ": symmetric as declared");
        }
    }

    /** The terms of a list in the ontology: the concepts of its scheme, or the classes below its parent. */
    private static Set<String> terms(Terms t) {
        Set<String> out = new LinkedHashSet<>();
        if (t.scheme() != null) {
            ontology.listSubjectsWithProperty(SKOS.inScheme, ontology.getResource(t.scheme()))
                    .forEachRemaining(r -> out.add(r.getURI()));
        } else {
            Resource parent = ontology.getResource(t.parent());
            ontology.listSubjectsWithProperty(RDFS.subClassOf, parent).forEachRemaining(r -> out.add(r.getURI()));
            if (t.parentIsValue()) out.add(parent.getURI());
        }
        return out;
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        List<String> values = new ArrayList<>();
        for (Statement s : r.listProperties(p).toList()) {
            RDFNode o = s.getObject();
            if (o.isLiteral() && (o.asLiteral().getLanguage().isEmpty() || o.asLiteral().getLanguage().equals("en")))
                values.add(o.asLiteral().getString());
        }
        assertEquals(1, values.size(), r + " has one " + p.getLocalName() + ": " + values);
        return values.get(0);
    }

    /** The JSON pointer of every {@code enum} in the schema. */
    private static void enums(JsonNode node, String pointer, Set<String> out) {
        if (node.isObject()) {
            if (node.has("enum")) out.add(pointer);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                enums(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) enums(node.get(i), pointer + "/" + i, out);
        }
    }

    private static String name(Path javaFile) {
        String f = javaFile.getFileName().toString();
        return f.substring(0, f.length() - ".java".length());
    }
}
