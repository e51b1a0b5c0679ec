package org.w3id.parley.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The published JSON Schema, ontology/parley-input.schema.json, accepts every file the importer
 * accepts: the bundled data, the good test inputs, the mapping fixtures and the minimal example of
 * the input format's reference page (src/site/markdown/input-format.md), checked by a JSON Schema
 * 2020-12 validator.
 */
class InputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try {
            JsonNode node = JSON.readTree(Path.of("ontology/parley-input.schema.json").toFile());
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> check(String json) throws IOException {
        return SCHEMA.validate(JSON.readTree(json));
    }

    @TestFactory
    Stream<DynamicTest> everyFileTheImporterAcceptsConformsToTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> data = Files.walk(Path.of("data")); Stream<Path> good = Files.walk(Path.of("src/test/resources/good"));
             Stream<Path> mapping = Files.walk(Path.of("src/test/resources/mapping"))) {
            files = Stream.concat(Stream.concat(data, good), mapping).filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() > 5, "files: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Set<ValidationMessage> errors = check(Files.readString(f, StandardCharsets.UTF_8));
            assertEquals(Set.of(), errors, f.toString());
        }));
    }

    @Test
    void theInputFormatPagesMinimalExampleConformsToTheSchema() throws IOException {
        String page = Files.readString(Path.of("src/site/markdown/input-format.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("A minimal source file:\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "input-format.md has a minimal example");
        assertEquals(Set.of(), check(m.group(1)));
    }

    @Test
    void theSchemaRejectsWhatTheImporterRejects() throws IOException {
        // A source without its title, an unknown property, a null: each one error.
        assertFalse(check("{\"source\": {\"id\": \"a\"}}").isEmpty());
        assertFalse(check("{\"source\": {\"id\": \"a\", \"title\": \"T\"}, \"extra\": []}").isEmpty());
        assertFalse(check("{\"source\": {\"id\": \"a\", \"title\": \"T\", \"language\": null}}").isEmpty());
        assertFalse(check("{\"persons\": [{\"id\": \"Not A Slug\", \"name\": \"X\"}]}").isEmpty());
    }

    @Test
    void theSchemaKnowsTheFieldsAndCodesOfModel11() throws IOException {
        String relation = "{\"termRelations\": [{\"id\": \"r\", \"from\": \"option/a\", \"relation\": \"%s\", \"to\": \"%s\"%s}]}";
        assertEquals(Set.of(), check(relation.formatted("excludes", "provision/b", ", \"note\": \"Why.\"")));
        assertFalse(check(relation.formatted("conflicts", "provision/b", ", \"note\": \"Why.\"")).isEmpty(), "unknown relation");
        assertFalse(check(relation.formatted("excludes", "region/b", ", \"note\": \"Why.\"")).isEmpty(), "a region is no term");
        assertFalse(check(relation.formatted("excludes", "option/b", "")).isEmpty(), "the note is required");
        // Confirmations come from a source, like stances; term relations may stand in reference data.
        String confirmation = "\"confirmations\": [{\"id\": \"c\", \"record\": \"%s\", \"by\": \"party/p\","
                + " \"status\": \"%s\", \"basis\": \"unattributed\"}]";
        String source = "\"source\": {\"id\": \"s\", \"title\": \"T\"}, ";
        assertEquals(Set.of(), check("{" + source + confirmation.formatted("event/e", "not-confirmed") + "}"));
        assertFalse(check("{" + source + confirmation.formatted("relation/r", "denied") + "}").isEmpty(), "of a relation");
        assertFalse(check("{" + confirmation.formatted("stance/x", "not-confirmed") + "}").isEmpty(), "no source");
        assertFalse(check("{" + source + confirmation.formatted("confirmation/x", "denied") + "}").isEmpty(), "of a confirmation");
        assertFalse(check("{" + source + confirmation.formatted("stance/x", "unconfirmed") + "}").isEmpty(), "unknown status");
        String proposal = "{" + source + "\"proposals\": [{\"id\": \"p\", \"label\": \"P\", \"author\": \"a\", \"basis\": \"on-record\", %s}]}";
        assertEquals(Set.of(), check(proposal.formatted("\"type\": \"demand\", \"status\": \"agreed\", \"coAuthors\": [\"b\"],"
                + " \"sameOfferAs\": [\"q\"], \"proposesEvent\": \"e\"")));
        assertFalse(check(proposal.formatted("\"type\": \"ultimatum\", \"status\": \"formal\"")).isEmpty(), "unknown type");
        String event = "{" + source + "\"events\": [{\"id\": \"e\", \"type\": \"meeting\", \"label\": \"E\", \"status\": \"held\","
                + " \"basis\": \"on-record\", \"participants\": [{\"agent\": \"person/x\", %s}]}]}";
        assertEquals(Set.of(), check(event.formatted("\"status\": \"absent\", \"role\": \"head-of-delegation\", \"onBehalfOf\": \"p\"")));
        assertEquals(Set.of(), check(event.formatted("\"status\": \"declined\"")));
        assertFalse(check(event.formatted("\"status\": \"attended\", \"role\": \"chair\"")).isEmpty(), "unknown role");
    }
}
