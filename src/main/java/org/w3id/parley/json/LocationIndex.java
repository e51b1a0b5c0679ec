package org.w3id.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by JSON pointer, so that errors found after
 * binding (a dangling reference, a SHACL violation) can still name a line and column.
 */
public final class LocationIndex {
    private final Map<String, int[]> starts = new HashMap<>();
    private final List<String> nulls = new ArrayList<>();

    private LocationIndex() {}

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Indexes a document, failing on syntax errors, duplicate keys, trailing content and exceeded
     * limits (including more than {@code maxValues} values, since every value costs an index entry).
     */
    static LocationIndex of(JsonFactory factory, String content, int maxValues) throws IOException {
        LocationIndex index = new LocationIndex();
        Map<String, int[]> keys = new HashMap<>(); // where each key starts, only while indexing
        try (JsonParser p = factory.createParser(content)) {
            try {
                index.scan(p, keys, maxValues);
            } catch (StreamConstraintsException e) {
                // Jackson's limit errors carry no location: the token being read is where it went over.
                throw new JsonParseException(p, e.getOriginalMessage(), p.currentTokenLocation());
            }
        }
        return index;
    }

    private void scan(JsonParser p, Map<String, int[]> keys, int maxValues) throws IOException {
        LocationIndex index = this;
        int values = 0;
        {
            JsonToken t;
            boolean rootDone = false;
            while ((t = p.nextToken()) != null) {
                if (rootDone)
                    throw new JsonParseException(p, "trailing content after the JSON value: a file holds one object",
                            p.currentTokenLocation());
                if (p.getParsingContext().inRoot() && !t.isStructStart()) rootDone = true;
                if (t.isStructEnd() && p.getParsingContext().inRoot()) rootDone = true;
                if (t == JsonToken.FIELD_NAME) {
                    // Duplicate keys are found here rather than by Jackson, to point at the key itself.
                    String key = p.currentName();
                    String container = p.getParsingContext().getParent().pathAsPointer(false).toString();
                    var loc = p.currentTokenLocation();
                    int[] earlier = keys.get(container + "/" + escape(key));
                    if (earlier != null)
                        throw new JsonParseException(p, "duplicate key \"" + key + "\": already at line " + earlier[0]
                                + ", column " + earlier[1], loc);
                    keys.put(container + "/" + escape(key), new int[] {loc.getLineNr(), loc.getColumnNr()});
                    continue;
                }
                if (t.isStructEnd()) continue;
                if (++values > maxValues)
                    throw new JsonParseException(p, "Document value count (" + values + ") exceeds the maximum allowed ("
                            + maxValues + ")", p.currentTokenLocation());
                JsonStreamContext ctx = p.getParsingContext();
                // At START_OBJECT/START_ARRAY the context is already the new container:
                // the value's own pointer is the parent's path plus the container's entry.
                if (t.isStructStart()) ctx = ctx.getParent();
                String pointer = ctx.pathAsPointer(false).toString();
                var loc = p.currentTokenLocation();
                index.starts.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
                if (t == JsonToken.VALUE_NULL) index.nulls.add(pointer);
                // Strings are read lazily; reading one here applies the length limit at its location.
                if (t == JsonToken.VALUE_STRING) p.getText();
            }
        }
    }

    /** Pointers of the explicit nulls in the document, in document order. */
    List<String> nulls() {
        return nulls;
    }

    /** Line and column of the value at {@code pointer}, or of its nearest indexed ancestor. */
    public int[] locate(String pointer) {
        String p = pointer;
        while (true) {
            int[] at = starts.get(p);
            if (at != null) return at;
            if (p.isEmpty()) return new int[] {0, 0};
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
