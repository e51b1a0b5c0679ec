package org.w3id.parley.report;

/**
 * Small helpers for Parley's self-contained HTML pages (the stance report, the query catalog):
 * escaping, and the shared style sheet, inlined so that no page needs the network.
 */
public final class Html {
    private Html() {}

    /** The style shared by Parley's pages: system fonts, readable measure, print friendly. */
    public static final String BASE_CSS = """
            :root { --ink: #1d2430; --muted: #5b6475; --line: #d8dde6; --bg: #ffffff; --accent: #1f5fa8; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
                   color: var(--ink); background: var(--bg); }
            header.top { background: #14304f; color: #fff; padding: .8rem 1.5rem; display: flex; gap: 1.5rem; align-items: baseline; flex-wrap: wrap; }
            header.top h1 { font-size: 1.25rem; margin: 0; }
            header.top nav a { color: #dce8f7; margin-right: 1rem; text-decoration: none; }
            header.top nav a:hover { text-decoration: underline; }
            main { padding: 1rem 1.5rem 3rem; max-width: 1400px; }
            h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
            a { color: var(--accent); }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; }
            pre { background: #f5f7fa; border: 1px solid var(--line); padding: .6rem; overflow-x: auto; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
            th { background: #f0f3f7; font-weight: 600; }
            .muted { color: var(--muted); }
            .tag { display: inline-block; background: #eef2f8; border: 1px solid var(--line); border-radius: 3px; padding: 0 .35rem; margin-right: .25rem; font-size: .85em; }
            """;

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
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n" + (headElements == null ? "" : headElements)
                + "<style>\n" + BASE_CSS + extraCss + "</style>\n</head>\n<body>\n"
                + "<header class=\"top\"><h1>" + escape(title) + "</h1>" + (navigation == null ? "" : "<nav>" + navigation + "</nav>")
                + "</header>\n<main>\n";
    }

    /** The end of a page opened with {@link #head}. */
    public static String tail() {
        return "</main>\n</body>\n</html>\n";
    }
}
