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

    /**
     * {@code file:line:column: /pointer: message}, the form editors and CI logs understand: always
     * one line, since control characters and line separators (in a file name, or in a value a
     * message quotes) are written as escapes ({@code \n}, {@code \\u001b}).
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(oneLine(file));
        if (line > 0) sb.append(':').append(line).append(':').append(Math.max(column, 1));
        sb.append(": ");
        if (pointer != null) sb.append(oneLine(pointer.isEmpty() ? "/" : pointer)).append(": ");
        return sb.append(oneLine(message)).toString();
    }

    /** {@code text} with every control character and line or paragraph separator escaped. */
    public static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> isControl(c) ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null && out == null) out = new StringBuilder(text.substring(0, i));
            if (out != null) {
                if (escape != null) out.append(escape);
                else out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** A C0 or C1 control character, DEL, or the line and paragraph separators U+2028 and U+2029. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
