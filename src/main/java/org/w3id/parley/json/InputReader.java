package org.w3id.parley.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
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
import org.w3id.parley.model.TextValue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict reader of Parley input files: JSON bytes to a {@link org.w3id.parley.model.Document},
 * or every problem located by file, line, column and JSON pointer.
 *
 * <p>Curated data is read strictly on purpose: duplicate keys, trailing content, unknown
 * properties, explicit nulls, numbers where text is expected and text that is not UTF-8 are
 * all errors, because each of them is usually a typo that would otherwise drop data silently.
 * Limits on size, value count, nesting and string length keep a hostile file from exhausting
 * memory.
 *
 * <p>Each top-level record is bound on its own, so one file reports the first problem of every
 * broken record rather than only the first problem of the file. Lines and columns count
 * characters (what editors show), not bytes; a leading UTF-8 byte order mark is ignored.
 */
public final class InputReader {
    /** Largest input file accepted, in bytes. */
    public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    /** Most JSON values (objects, arrays, strings, numbers, booleans) accepted in one file. */
    public static final int MAX_VALUES = 500_000;
    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 32;
    /** Longest string accepted, in characters. */
    public static final int MAX_STRING = 1_000_000;

    /** A top-level property of a document: its JSON name, whether it is an array, and its (element) type. */
    private record Slot(String name, boolean list, Class<?> type) {}

    private static final Map<String, Slot> SLOTS = slots();

    private final JsonFactory indexFactory;
    private final ObjectMapper mapper;

    /** A reader with Parley's strict settings. */
    public InputReader() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(40)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
        // The index pass finds duplicate keys itself (to point at the key); binding stays strict too.
        indexFactory = JsonFactory.builder().streamReadConstraints(limits).build();
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits)
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
     * @throws InvalidInputException naming the file, line, column, pointer and rule broken, for
     *                               every broken record of the file
     */
    public InputFile read(String name, byte[] content) throws InvalidInputException {
        if (content.length > MAX_FILE_BYTES)
            throw single(new Problem(name, 0, 0, null, "limit",
                    "too large: the file has more than " + MAX_FILE_BYTES + " bytes"));
        String text = decode(name, content);
        if (text.isBlank())
            throw single(new Problem(name, 1, 1, null, "syntax", "the file is empty: it must hold one JSON object"));
        LocationIndex index;
        try {
            // First pass: syntax, duplicate keys, limits, and every explicit null (all of them,
            // not just the first), with the location of each value for later messages.
            index = LocationIndex.of(indexFactory, text, MAX_VALUES);
        } catch (JsonProcessingException e) {
            throw single(syntaxProblem(name, e));
        } catch (IOException e) {
            throw single(new Problem(name, 0, 0, null, "syntax", "cannot read: " + e.getMessage()));
        }
        List<Problem> surrogates = loneSurrogates(name, text);
        if (!surrogates.isEmpty()) throw new InvalidInputException(surrogates);
        if (!index.nulls().isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            for (String pointer : index.nulls()) {
                int[] at = index.locate(pointer);
                problems.add(new Problem(name, at[0], at[1], pointer, "structure",
                        "null is not allowed: omit a property that has no value"));
            }
            throw new InvalidInputException(problems);
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw single(syntaxProblem(name, e));
        }
        if (!root.isObject())
            throw single(new Problem(name, 1, 1, "", "structure", "the file must hold one JSON object, found " + kind(root)));
        List<Problem> problems = new ArrayList<>();
        controlCharacters(name, root, "", index, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        Document doc = bind(name, root, index, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new InputFile(name, doc, index);
    }

    /**
     * Every string value holding a control character other than tab, line feed and carriage
     * return (written as a JSON escape such as {@code \\u001b}, since JSON forbids them raw), DEL,
     * a C1 control, or the line and paragraph separators U+2028 and U+2029. None of them is
     * text a source prints; each breaks the one-line records of CSV, logs and JavaScript
     * strings downstream, and NUL ends C strings.
     */
    private static void controlCharacters(String name, JsonNode node, String pointer, LocationIndex index,
                                          List<Problem> problems) {
        if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\t' || c == '\n' || c == '\r' || !Problem.isControl(c)) continue;
                int[] at = index.locate(pointer);
                problems.add(new Problem(name, at[0], at[1], pointer, "structure", String.format(
                        "the text holds the invisible character U+%04X%s at character %d: remove it (of the control"
                                + " characters and separators, only tab, line feed and carriage return are allowed)",
                        (int) c, controlName(c), i + 1)));
                return;
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                controlCharacters(name, field.getValue(), pointer + "/" + escape(field.getKey()), index, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) controlCharacters(name, node.get(i), pointer + "/" + i, index, problems);
        }
    }

    private static String controlName(char c) {
        return switch (c) {
            case 0 -> " (NUL)";
            case 0x1b -> " (ESC)";
            case 0x7f -> " (DEL)";
            case '\u2028' -> " (LINE SEPARATOR)";
            case '\u2029' -> " (PARAGRAPH SEPARATOR)";
            default -> "";
        };
    }

    /** Binds each top-level property, and each record of each array, on its own. */
    private Document bind(String name, JsonNode root, LocationIndex index, List<Problem> problems) {
        Map<String, Object> values = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String pointer = "/" + escape(field.getKey());
            Slot slot = SLOTS.get(field.getKey());
            JsonNode value = field.getValue();
            if (slot == null) {
                int[] at = index.locate(pointer);
                problems.add(new Problem(name, at[0], at[1], pointer, "structure", "unknown property \""
                        + field.getKey() + "\"; allowed here: " + SLOTS.keySet().stream().sorted().toList()));
            } else if (!slot.list()) {
                values.put(slot.name(), bindOne(name, value, slot.type(), pointer, index, problems));
            } else if (!value.isArray()) {
                int[] at = index.locate(pointer);
                problems.add(new Problem(name, at[0], at[1], pointer, "structure",
                        "expected an array, found " + kind(value)));
            } else {
                List<Object> records = new ArrayList<>();
                for (int i = 0; i < value.size(); i++)
                    records.add(bindOne(name, value.get(i), slot.type(), pointer + "/" + i, index, problems));
                values.put(slot.name(), records);
            }
        }
        if (!problems.isEmpty()) return null;
        RecordComponent[] components = Document.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = values.get(jsonName(components[i]));
            types[i] = components[i].getType();
        }
        try {
            return Document.class.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                problems.add(new Problem(name, 1, 1, "", "structure", iae.getMessage()));
                return null;
            }
            throw new IllegalStateException("cannot build a document from " + name, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a document from " + name, e);
        }
    }

    private Object bindOne(String name, JsonNode node, Class<?> type, String pointer, LocationIndex index,
                           List<Problem> problems) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            problems.add(structureProblem(name, e, index, pointer));
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(name, e));
        }
        return null;
    }

    /** The top-level properties of a document, from the {@link Document} record's components. */
    private static Map<String, Slot> slots() {
        Map<String, Slot> out = new LinkedHashMap<>();
        for (RecordComponent c : Document.class.getRecordComponents()) {
            boolean list = List.class.isAssignableFrom(c.getType());
            Class<?> type = list
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0]
                    : c.getType();
            out.put(jsonName(c), new Slot(jsonName(c), list, type));
        }
        return Map.copyOf(out);
    }

    private static String jsonName(RecordComponent c) {
        JsonProperty p = c.getAnnotation(JsonProperty.class);
        if (p == null) p = c.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private static String kind(JsonNode n) {
        return n.isObject() ? "an object" : n.isArray() ? "an array" : n.isTextual() ? "a string"
                : n.isNumber() ? "a number" : n.isBoolean() ? "true or false" : "null";
    }

    private static final java.util.regex.Pattern EOF = java.util.regex.Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at \\[.*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("'([A-Za-z0-9_]+)(?:\\[(\\d+)])?'");

    /** Decodes strict UTF-8 (so that UTF-16 or Latin-1 files are rejected, not guessed), dropping a byte order mark. */
    private static String decode(String name, byte[] content) throws InvalidInputException {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF
                || (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE))
            throw single(new Problem(name, 1, 1, null, "syntax",
                    "input is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8"));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            int line = 1, col = 1, offset = firstBadByte(content);
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') { line++; col = 1; }
                else if ((content[i] & 0xC0) != 0x80) col++;
            }
            throw single(new Problem(name, line, col, null, "syntax",
                    "input is not valid UTF-8 (byte offset " + offset + ")"));
        }
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            int line = 1, col = 1;
            for (int i = 0; i < nul; i++) {
                if (text.charAt(i) == '\n') { line++; col = 1; } else col++;
            }
            throw single(new Problem(name, line, col, null, "syntax",
                    "input contains a NUL character: is it UTF-16 or binary? save it as UTF-8 text"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstBadByte(byte[] b) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        var out = java.nio.CharBuffer.allocate(b.length + 1);
        var result = dec.decode(in, out, true);
        return result.isError() ? in.position() : b.length;
    }

    /**
     * Every {@code \\uXXXX} escape of a UTF-16 surrogate that is not half of a pair: JSON lets
     * one through, but it stands for no character, and would be stored as "?". The text is
     * already known to be well-formed JSON, so each unescaped backslash begins an escape.
     */
    static List<Problem> loneSurrogates(String name, String text) {
        List<Problem> out = new ArrayList<>();
        int line = 1, lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (c != '\\') continue;
            int unit = unicodeEscape(text, i);
            if (unit < 0) {
                i++; // another escape: skip the escaped character (it may be a backslash)
                continue;
            }
            if (Character.isHighSurrogate((char) unit)) {
                int next = unicodeEscape(text, i + 6);
                if (next >= 0 && Character.isLowSurrogate((char) next)) {
                    i += 11;
                    continue;
                }
                out.add(new Problem(name, line, i - lineStart + 1, null, "syntax", String.format(
                        "\\u%04x is the first half of a UTF-16 surrogate pair without its second half: it is no character", unit)));
            } else if (Character.isLowSurrogate((char) unit)) {
                out.add(new Problem(name, line, i - lineStart + 1, null, "syntax", String.format(
                        "\\u%04x is the second half of a UTF-16 surrogate pair without its first half: it is no character", unit)));
            }
            i += 5;
        }
        return out;
    }

    /** The code unit of a {@code \\uXXXX} escape at {@code at}, or -1 when there is none. */
    private static int unicodeEscape(String text, int at) {
        if (at + 6 > text.length() || text.charAt(at) != '\\' || text.charAt(at + 1) != 'u') return -1;
        try {
            return Integer.parseInt(text.substring(at + 2, at + 6), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Problem syntaxProblem(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String msg = e.getOriginalMessage();
        if (msg != null && msg.contains("Duplicate field")) msg = msg.replace("Duplicate field", "duplicate key");
        if (msg != null) {
            var eof = EOF.matcher(msg);
            if (eof.find())
                msg = "unexpected end of input: the " + eof.group(1).toLowerCase(java.util.Locale.ROOT) + " opened at line "
                        + eof.group(2) + ", column " + eof.group(3) + " is not closed";
            msg = msg.replace("Unexpected end-of-input within/between Object entries",
                            "unexpected end of input: the file ends inside an object")
                    .replace("Unexpected end-of-input within/between Array entries",
                            "unexpected end of input: the file ends inside an array")
                    .replace("Unexpected end-of-input", "unexpected end of input");
        }
        String limit = msg == null ? null : limitMessage(msg);
        if (limit != null) msg = limit;
        else if (msg != null) msg = inJsonTerms(msg);
        return new Problem(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), null,
                rule(msg), clean(msg));
    }

    /** Jackson's syntax messages (which name parser features and Java tokens) in JSON's terms. */
    static String inJsonTerms(String msg) {
        var m = java.util.regex.Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)(?::\\s*(.*))?", java.util.regex.Pattern.DOTALL)
                .matcher(msg);
        if (m.find()) {
            int code = Integer.parseInt(m.group(2));
            String what = code < 32 ? "control character (code " + code + ")" : "character '" + m.group(1) + "'";
            String rest = m.group(3) == null ? "" : m.group(3);
            String why;
            if (rest.contains("comment")) why = "JSON has no comments";
            else if (rest.contains("double-quote to start field name")) why = "a key must be a string in double quotes";
            else if (rest.contains("comma to separate Object")) why = "expected a comma or } after a value in an object";
            else if (rest.contains("comma to separate Array")) why = "expected a comma or ] after a value in an array";
            else if (rest.contains("colon to separate")) why = "expected a colon after the key";
            else if (rest.contains("ALLOW_SINGLE_QUOTES") || m.group(1).equals("'")) why = "strings must be in double quotes";
            else if (rest.contains("valid value")) why = "expected a value: a string, number, object, array, true or false";
            else why = "not allowed here";
            return "unexpected " + what + ": " + why;
        }
        var token = java.util.regex.Pattern.compile("^Unrecognized token '(.*?)'").matcher(msg);
        if (token.find())
            return "unrecognized word '" + token.group(1) + "': expected a string, number, object, array, true or false";
        var ctrl = java.util.regex.Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)").matcher(msg);
        if (ctrl.find())
            return "a control character (code " + ctrl.group(1) + ") in a string must be written as an escape (\\n, \\t, \\u0000)";
        var nonStandard = java.util.regex.Pattern.compile("^Non-standard token '(.*?)'").matcher(msg);
        if (nonStandard.find()) return "'" + nonStandard.group(1) + "' is not a JSON number";
        return msg;
    }

    /** Jackson's limit messages, in the user's terms. */
    private static String limitMessage(String msg) {
        var m = java.util.regex.Pattern.compile("(String value length|Document nesting depth|Number value length|Document length|Document value count)"
                + " \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)").matcher(msg);
        if (!m.find()) return null;
        String what = switch (m.group(1)) {
            case "String value length" -> "a string of " + m.group(2) + " characters; the limit is " + m.group(3);
            case "Document nesting depth" -> "objects and arrays nested " + m.group(2) + " deep; the limit is " + m.group(3);
            case "Number value length" -> "a number of " + m.group(2) + " characters; the limit is " + m.group(3);
            case "Document length" -> "more than " + m.group(3) + " characters";
            default -> "more than " + m.group(3) + " JSON values: split the file";
        };
        return "too large: " + what;
    }

    private static Problem structureProblem(String name, JsonMappingException e, LocationIndex index, String base) {
        StringBuilder pointer = new StringBuilder(base);
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
                : t == String.class || TextValue.class.isAssignableFrom(t) ? "a string"
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
            // "Number" and "boolean": Jackson's words when a value type's string creator gets another token
            case "Integer", "Float", "Number", "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "Boolean", "boolean", "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            default -> found;
        };
        return "expected " + expected + ", found " + found;
    }

    private static String rule(String msg) {
        return msg != null && msg.startsWith("too large: ") ? "limit" : "syntax";
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
