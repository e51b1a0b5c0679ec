package org.w3id.parley.json;

import java.util.Objects;

/**
 * One thing wrong with the input, located as precisely as it can be.
 *
 * @param file    the file, as given by the user (or a bundled resource name)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param pointer JSON pointer of the offending value ("" for the whole document), or null for syntax errors
 * @param rule    short name of the rule broken: syntax, structure, identity, reference, shacl, limit
 * @param message what is wrong, naming the value and the rule
 */
public record Problem(String file, int line, int column, String pointer, String rule, String message) {
    /** Validates the fields. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: /pointer: message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line).append(':').append(Math.max(column, 1));
        sb.append(": ");
        if (pointer != null) sb.append(pointer.isEmpty() ? "/" : pointer).append(": ");
        return sb.append(message).toString();
    }
}
