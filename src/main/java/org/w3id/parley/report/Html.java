package org.w3id.parley.report;

import java.util.Map;

/**
 * Small helpers for Parley's self-contained HTML pages (the stance report, the query catalog, the
 * home page, the ontology reference, entity pages): the one escaping every page uses, and the
 * opening every page shares, with its style sheet inlined so that no page needs the network.
 */
public final class Html {
    private Html() {}

    /**
     * The opening of every page (doctype, title, the style shared by Parley's pages, the top bar):
     * a template with the page's title, its own style, its navigation and more head elements.
     */
    private static final HtmlTemplate HEAD = HtmlTemplate.resource(Html.class, "page-head.html");

    /** Escapes text for HTML element content and double-quoted attribute values. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The non-empty parts joined with {@code sep}, or null when there are none. */
    public static String join(String sep, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) continue;
            if (b.length() > 0) b.append(sep);
            b.append(p);
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The opening of a page: doctype, title, inline style, the top bar with links to the other pages. */
    public static String head(String title, String extraCss, String navigation) {
        return head(title, extraCss, navigation, "");
    }

    /**
     * The opening of a page, with more elements for its {@code <head>} ({@code <link>}s, for
     * example), given as HTML.
     */
    public static String head(String title, String extraCss, String navigation, String headElements) {
        return HEAD.fill(Map.of("title", title, "css", extraCss, "navigation", navigation == null ? "" : "<nav>" + navigation + "</nav>",
                "headElements", headElements == null ? "" : headElements));
    }

    /** The end of a page opened with {@link #head}. */
    public static String tail() {
        return "</main>\n</body>\n</html>\n";
    }
}
