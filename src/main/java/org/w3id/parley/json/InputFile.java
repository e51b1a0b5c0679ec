package org.w3id.parley.json;

import org.w3id.parley.model.Document;

/**
 * A parsed input file: its name for messages, its document, and where each value sits in it.
 *
 * @param name     the file as the user named it
 * @param document the bound document
 * @param index    locations of its values
 */
public record InputFile(String name, Document document, LocationIndex index) {
    /** A problem located at {@code pointer} in this file. */
    public Problem problem(String pointer, String rule, String message) {
        int[] at = index.locate(pointer);
        return new Problem(name, at[0], at[1], pointer, rule, message);
    }
}
