package org.w3id.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonStreamContext;

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

    /** Indexes a document, failing on syntax errors, duplicate keys, trailing content and exceeded limits. */
    static LocationIndex of(JsonFactory factory, byte[] content) throws IOException {
        LocationIndex index = new LocationIndex();
        try (JsonParser p = factory.createParser(content)) {
            JsonToken t;
            boolean rootDone = false;
            while ((t = p.nextToken()) != null) {
                if (rootDone)
                    throw new JsonParseException(p, "trailing content after the JSON value: a file holds one object");
                if (p.getParsingContext().inRoot() && !t.isStructStart()) rootDone = true;
                if (t.isStructEnd() && p.getParsingContext().inRoot()) rootDone = true;
                if (t == JsonToken.FIELD_NAME || t.isStructEnd()) continue;
                JsonStreamContext ctx = p.getParsingContext();
                // At START_OBJECT/START_ARRAY the context is already the new container:
                // the value's own pointer is the parent's path plus the container's entry.
                if (t.isStructStart()) ctx = ctx.getParent();
                String pointer = ctx.pathAsPointer(false).toString();
                var loc = p.currentTokenLocation();
                index.starts.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
                if (t == JsonToken.VALUE_NULL) index.nulls.add(pointer);
            }
        }
        return index;
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
