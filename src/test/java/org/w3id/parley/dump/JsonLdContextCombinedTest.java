package org.w3id.parley.dump;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.dump.DumpFixture.*;

/**
 * Parley's JSON-LD context combines with the contexts many JSON-LD users have, which alias
 * {@code id} to {@code @id} and {@code type} to {@code @type} (schema.org, ActivityStreams,
 * Verifiable Credentials). Parley names its entity namespace {@code pid:}, so nothing clashes: a
 * JSON-LD 1.1 processor (Titanium, which Jena uses) expands Parley's terms and such aliases
 * together, in either order, and the whole JSON-LD dump read with the combined context gives
 * exactly the quads it gives alone.
 */
class JsonLdContextCombinedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "https://w3id.org/parley/id/";

    private static ObjectNode aliases() {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", "@id");
        a.put("type", "@type");
        return a;
    }

    @Test
    void theContextDefinesNoTermThatCommonAliasesUse() {
        ObjectNode ctx = JsonLdContext.bundled().context();
        for (String alias : List.of("id", "type"))
            assertFalse(ctx.has(alias), "the context defines '" + alias + "', which other contexts alias to @" + alias);
        assertEquals(ID, ctx.get("pid").asText(), "the entity namespace is the prefix pid:");
    }

    @Test
    void aDocumentUsingBothContextsExpandsBothWays() throws Exception {
        for (boolean parleyFirst : List.of(true, false)) {
            ArrayNode contexts = JSON.createArrayNode();
            if (parleyFirst) contexts.add(JsonLdContext.bundled().context()).add(aliases());
            else contexts.add(aliases()).add(JsonLdContext.bundled().context());
            ObjectNode doc = JSON.createObjectNode();
            doc.set("@context", contexts);
            doc.put("id", "pid:stance/example");
            doc.put("type", "Stance");
            doc.put("holder", "pid:party/russia");
            doc.put("statedOn", "2025-04-25");
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(JSON.writeValueAsString(doc)))).get();
            String order = parleyFirst ? "Parley's context, then the aliases" : "the aliases, then Parley's context";
            assertEquals(1, expanded.size(), order + ": " + expanded);
            JsonObject node = expanded.getJsonObject(0);
            assertEquals(ID + "stance/example", node.getString("@id"), order + ": " + node);
            assertEquals("https://w3id.org/parley/ontology#Stance", node.getJsonArray("@type").getString(0), order + ": " + node);
            JsonObject holder = node.getJsonArray("https://w3id.org/parley/ontology#holder").getJsonObject(0);
            assertEquals(ID + "party/russia", holder.getString("@id"), order + ": " + node);
            JsonObject date = node.getJsonArray("https://w3id.org/parley/ontology#statedOn").getJsonObject(0);
            assertEquals("http://www.w3.org/2001/XMLSchema#date", date.getString("@type"), order + ": " + node);
            assertEquals(Set.of("@id", "@type", "https://w3id.org/parley/ontology#holder",
                    "https://w3id.org/parley/ontology#statedOn"), node.keySet(), order + ": nothing dropped or left unexpanded");
            assertNotEquals(JsonValue.ValueType.NULL, node.get("@id").getValueType());
        }
    }

    @Test
    void theWholeDumpReadWithAnAliasingContextGivesTheSameQuads() throws Exception {
        byte[] dump = dump(Dumper.create(store().datasetGraph()).build(), DumpFormat.JSONLD);
        DatasetGraph alone = parse(dump, DumpFormat.JSONLD);
        for (boolean parleyFirst : List.of(true, false)) {
            ObjectNode doc = (ObjectNode) JSON.readTree(dump);
            JsonNode ctx = doc.get("@context");
            ArrayNode contexts = JSON.createArrayNode();
            if (parleyFirst) contexts.add(ctx).add(aliases());
            else contexts.add(aliases()).add(ctx);
            doc.set("@context", contexts);
            DatasetGraph combined = parse(JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8), DumpFormat.JSONLD);
            assertSameLines(quads(alone), quads(combined),
                    parleyFirst ? "Parley's context, then aliases" : "aliases, then Parley's context");
        }
        assertTrue(quads(alone).size() > 3000, "the dump was read: " + quads(alone).size());
    }
}
