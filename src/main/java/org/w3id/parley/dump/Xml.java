package org.w3id.parley.dump;

/**
 * Escaping for XML and HTML, shared by the RDF/XML writer and the linked-data pages. Characters
 * XML 1.0 cannot hold (most C0 controls) are refused rather than dropped, so no output silently
 * differs from the data.
 */
public final class Xml {
    private Xml() {}

    /** Text for element content: {@code & < >} escaped, a carriage return kept as {@code &#13;}. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** Text for a double-quoted attribute value: also {@code "} and line breaks and tabs escaped. */
    public static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#13;");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF)
                        throw new IllegalArgumentException("Illegal character U+" + String.format("%04X", (int) c)
                                + " in \"" + s + "\": XML 1.0 cannot hold it");
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
