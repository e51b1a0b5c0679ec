package org.w3id.parley.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML page or fragment kept as a resource file with named placeholders, so that the markup of
 * Parley's pages reads as HTML and only the values come from code. {@code {{name}}} is replaced by
 * a value {@linkplain Html#escape escaped}; {@code {{{name}}}} by HTML the code built (a table's
 * rows, a list of links), as it is. Every placeholder needs a value and every value a
 * placeholder, so a renamed one fails at once instead of leaving a gap in a page.
 *
 * <pre>{@code
 * HtmlTemplate page = HtmlTemplate.resource(EntityPage.class, "entity.html");
 * String html = page.fill(Map.of("title", label, "rows", rowsHtml));
 * }</pre>
 */
public final class HtmlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([A-Za-z][A-Za-z0-9]*)}}(}?)");

    private final String name;
    /** Text and placeholders in turn: text, placeholder, text, …, text. */
    private final List<String> parts = new ArrayList<>();
    private final List<Boolean> raw = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();

    private HtmlTemplate(String name, String text) {
        this.name = name;
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.group(1).length() != m.group(3).length())
                throw new IllegalArgumentException(name + ": unbalanced braces around placeholder " + m.group(2));
            parts.add(text.substring(at, m.start()));
            parts.add(m.group(2));
            raw.add(!m.group(1).isEmpty());
            names.add(m.group(2));
            at = m.end();
        }
        parts.add(text.substring(at));
    }

    /** The template in the UTF-8 resource {@code resource}, found next to {@code owner}'s class file. */
    public static HtmlTemplate resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing template " + resource + " next to " + owner.getName());
            return new HtmlTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The page with every placeholder replaced by its value in {@code values}. */
    public String fill(Map<String, String> values) {
        if (!values.keySet().equals(names)) {
            Set<String> missing = new TreeSet<>(names), unused = new TreeSet<>(values.keySet());
            missing.removeAll(values.keySet());
            unused.removeAll(names);
            throw new IllegalArgumentException(name + ": placeholders without a value " + missing + ", values without a placeholder " + unused);
        }
        StringBuilder b = new StringBuilder(4096);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                b.append(parts.get(i));
                continue;
            }
            String value = Objects.requireNonNull(values.get(parts.get(i)), parts.get(i));
            b.append(raw.get(i / 2) ? value : Html.escape(value));
        }
        return b.toString();
    }
}
