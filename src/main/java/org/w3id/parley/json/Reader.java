package org.w3id.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.w3id.parley.model.Document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict reader of Parley input files.
 *
 * <p>Curated data is read strictly on purpose: duplicate keys, trailing content, unknown
 * properties, explicit nulls, numbers where text is expected and text that is not UTF-8 are
 * all errors, because each of them is usually a typo that would otherwise drop data silently.
 * Limits on size, nesting and string length keep a hostile file from exhausting memory.
 */
public final class Reader {
    /** Largest input file accepted, in bytes. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 32;

    private final JsonFactory factory;
    private final ObjectMapper mapper;

    /** A reader with Parley's strict settings. */
    public Reader() {
        factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(1_000_000)
                        .maxNumberLength(40)
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .build())
                .build();
        JsonMapper m = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        this.mapper = m;
    }

    /**
     * Reads one file's content.
     *
     * @param name    the file's name for messages
     * @param content its bytes
     * @return the parsed file
     * @throws InvalidInputException naming the file, line, column, pointer and rule broken
     */
    public InputFile read(String name, byte[] content) throws InvalidInputException {
        if (content.length > MAX_FILE_BYTES)
            throw single(new Problem(name, 0, 0, null, "limit",
                    "file has " + content.length + " bytes; the limit is " + MAX_FILE_BYTES));
        checkUtf8(name, content);
        if (new String(content, StandardCharsets.UTF_8).isBlank())
            throw single(new Problem(name, 1, 1, null, "syntax", "the file is empty: it must hold one JSON object"));
        LocationIndex index;
        try {
            // First pass: syntax, duplicate keys, limits, and every explicit null (all of them,
            // not just the first), with the location of each value for later messages.
            index = LocationIndex.of(factory, content);
        } catch (JsonProcessingException e) {
            throw single(syntaxProblem(name, e));
        } catch (IOException e) {
            throw single(new Problem(name, 0, 0, null, "syntax", "cannot read: " + e.getMessage()));
        }
        if (!index.nulls().isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (String pointer : index.nulls()) {
                int[] at = index.locate(pointer);
                problems.add(new Problem(name, at[0], at[1], pointer, "structure",
                        "null is not allowed: omit a property that has no value"));
            }
            throw new InvalidInputException(problems);
        }
        Document doc;
        try {
            doc = mapper.readValue(content, Document.class);
        } catch (JsonMappingException e) {
            throw single(structureProblem(name, e, index));
        } catch (JsonProcessingException e) {
            throw single(syntaxProblem(name, e));
        } catch (IOException e) {
            throw single(new Problem(name, 0, 0, null, "syntax", "cannot read: " + e.getMessage()));
        }
        if (doc == null)
            throw single(new Problem(name, 1, 1, "", "structure", "the file must hold one JSON object"));
        return new InputFile(name, doc, index);
    }

    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("'([A-Za-z0-9_]+)(?:\\[(\\d+)])?'");

    private static void checkUtf8(String name, byte[] content) throws InvalidInputException {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            int line = 1, col = 1, offset = firstBadByte(content);
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') { line++; col = 1; }
                else if ((content[i] & 0xC0) != 0x80) col++;
            }
            throw single(new Problem(name, line, col, null, "syntax",
                    "input is not valid UTF-8 (byte offset " + offset + ")"));
        }
    }

    private static int firstBadByte(byte[] b) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        var out = java.nio.CharBuffer.allocate(b.length + 1);
        var result = dec.decode(in, out, true);
        return result.isError() ? in.position() : b.length;
    }

    private static Problem syntaxProblem(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage();
        if (msg != null && msg.contains("Duplicate field")) msg = msg.replace("Duplicate field", "duplicate key");
        return new Problem(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null,
                rule(msg), clean(msg));
    }

    private static Problem structureProblem(String name, JsonMappingException e, LocationIndex index) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) pointer.append('/').append(escape(ref.getFieldName()));
            else if (ref.getIndex() >= 0) pointer.append('/').append(ref.getIndex());
        }
        JsonLocation loc = e.getLocation();
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property \"" + u.getPropertyName() + "\"; allowed here: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
        } else if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException iae) {
            message = iae.getMessage();
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            message = mismatch(mie);
        } else {
            message = clean(e.getOriginalMessage());
        }
        // A record's own check names the field first ('type' = …): point at that field.
        var field = FIELD.matcher(message);
        if (field.lookingAt()) {
            pointer.append('/').append(field.group(1));
            if (field.group(2) != null) pointer.append('/').append(field.group(2));
        }
        int[] at = index.locate(pointer.toString());
        if (at[0] == 0 && loc != null) at = new int[] {loc.getLineNr(), loc.getColumnNr()};
        return new Problem(name, at[0], at[1], pointer.toString(), "structure", message);
    }

    /** "expected an array, found a string": in JSON's words, not Java's. */
    private static String mismatch(MismatchedInputException e) {
        Class<?> t = e.getTargetType();
        String expected = java.util.Collection.class.isAssignableFrom(t) ? "an array"
                : t == String.class ? "a string"
                : Number.class.isAssignableFrom(t) ? "a number"
                : t == Boolean.class || t == boolean.class ? "true or false"
                : "an object";
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        var m = java.util.regex.Pattern.compile("from (\\w+) value|Cannot coerce (\\w+) value|\\(token `?(\\w+)").matcher(msg);
        String found = null;
        if (m.find()) found = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (found == null) return "expected " + expected + ": " + clean(msg);
        found = switch (found) {
            case "Object", "START_OBJECT" -> "an object";
            case "Array", "START_ARRAY" -> "an array";
            case "String", "VALUE_STRING" -> "a string";
            case "Integer", "Float", "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "Boolean", "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            default -> found;
        };
        return "expected " + expected + ", found " + found;
    }

    private static String rule(String msg) {
        return msg != null && (msg.contains("exceeds the maximum") || msg.contains("Document length")
                || msg.contains("nesting depth")) ? "limit" : "syntax";
    }

    private static String clean(String msg) {
        if (msg == null) return "malformed input";
        // Jackson names Java types; users think in JSON.
        return msg.replaceAll("`[a-zA-Z0-9_.$]*\\.([A-Za-z0-9_$]+)`", "$1")
                .replaceAll("\\s*\\(for Object starting at.*\\)", "")
                .replace("\n", " ").trim();
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private static InvalidInputException single(Problem p) {
        return new InvalidInputException(List.of(p));
    }
}
