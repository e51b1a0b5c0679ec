package org.w3id.parley.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
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
 * <p>{@code {{#name}}…{{/name}}} is a section: its value is a list of maps, and the text between
 * the tags is written once for each map, filled from it (and checked against it) as a template
 * of its own. So a table's rows or a list's items stay in the file beside the table or list, and
 * an empty list or a list of one empty map leaves out or keeps a part of the page.
 *
 * <pre>{@code
 * HtmlTemplate page = HtmlTemplate.resource(EntityPage.class, "entity.html");
 * String html = page.fill(Map.of("title", label, "rows", rowsHtml));
 * // <ul>{{#items}}<li>{{text}}</li>{{/items}}</ul>
 * String list = LIST.fill(Map.of("items", List.of(Map.of("text", "a"), Map.of("text", "b"))));
 * }</pre>
 */
public final class HtmlTemplate {
    private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?)([#/]?)([A-Za-z][A-Za-z0-9]*)}}(}?)");

    private final String name;
    /** Text (strings), placeholders and sections, in the order of the file. */
    private final List<Object> parts = new ArrayList<>();
    /** Name → whether it names a section. */
    private final Map<String, Boolean> names = new LinkedHashMap<>();

    private record Placeholder(String name, boolean raw) {}

    private record Section(String name, HtmlTemplate body) {}

    private HtmlTemplate(String name) {
        this.name = name;
    }

    /** The template {@code text}, called {@code name} in messages. */
    static HtmlTemplate parse(String name, String text) {
        HtmlTemplate top = new HtmlTemplate(name), current = top;
        Deque<HtmlTemplate> enclosing = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(text);
        int at = 0;
        while (m.find()) {
            String id = m.group(3), kind = m.group(2);
            if (m.group(1).length() != m.group(4).length())
                throw new IllegalArgumentException(name + ": unbalanced braces around placeholder " + id);
            if (!kind.isEmpty() && !m.group(1).isEmpty())
                throw new IllegalArgumentException(name + ": a section tag has two braces, not three: " + m.group());
            current.parts.add(text.substring(at, m.start()));
            at = m.end();
            if (kind.equals("/")) {
                if (!id.equals(open.peek()))
                    throw new IllegalArgumentException(name + ": {{/" + id + "}} closes " + (open.isEmpty() ? "no section" : "section " + open.peek()));
                open.pop();
                current = enclosing.pop();
                continue;
            }
            boolean section = kind.equals("#");
            Boolean before = current.names.put(id, section);
            if (before != null && before != section)
                throw new IllegalArgumentException(name + ": " + id + " is both a placeholder and a section");
            if (section) {
                HtmlTemplate body = new HtmlTemplate(name + ", section " + id);
                current.parts.add(new Section(id, body));
                enclosing.push(current);
                open.push(id);
                current = body;
            } else current.parts.add(new Placeholder(id, !m.group(1).isEmpty()));
        }
        if (!open.isEmpty()) throw new IllegalArgumentException(name + ": section " + open.peek() + " is not closed");
        current.parts.add(text.substring(at));
        return top;
    }

    /** The template in the UTF-8 resource {@code resource}, found next to {@code owner}'s class file. */
    public static HtmlTemplate resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing template " + resource + " next to " + owner.getName());
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + resource + ": " + e.getMessage(), e);
        }
    }

    /** A section's value: written once, filled with {@code values}, if {@code shown}; else left out. */
    public static List<Map<String, ?>> when(boolean shown, Map<String, ?> values) {
        return shown ? List.of(values) : List.of();
    }

    /** A section's value: written once if {@code shown} (the section has no placeholders of its own); else left out. */
    public static List<Map<String, ?>> when(boolean shown) {
        return when(shown, Map.of());
    }

    /**
     * The page with every placeholder replaced by its value in {@code values}: a string for a
     * placeholder, a list of maps for a section.
     */
    public String fill(Map<String, ?> values) {
        StringBuilder b = new StringBuilder(4096);
        fill(values, b);
        return b.toString();
    }

    private void fill(Map<String, ?> values, StringBuilder b) {
        if (!values.keySet().equals(names.keySet())) {
            Set<String> missing = new TreeSet<>(names.keySet()), unused = new TreeSet<>(values.keySet());
            missing.removeAll(values.keySet());
            unused.removeAll(names.keySet());
            throw new IllegalArgumentException(name + ": placeholders without a value " + missing + ", values without a placeholder " + unused);
        }
        for (Object part : parts) {
            if (part instanceof String text) {
                b.append(text);
            } else if (part instanceof Placeholder p) {
                if (!(Objects.requireNonNull(values.get(p.name()), p.name()) instanceof String value))
                    throw new IllegalArgumentException(name + ": placeholder " + p.name() + " needs a string, not " + values.get(p.name()).getClass().getName());
                b.append(p.raw() ? value : Html.escape(value));
            } else {
                Section s = (Section) part;
                if (!(Objects.requireNonNull(values.get(s.name()), s.name()) instanceof List<?> items))
                    throw new IllegalArgumentException(name + ": section " + s.name() + " needs a list of maps, not " + values.get(s.name()).getClass().getName());
                for (Object item : items) {
                    if (!(item instanceof Map<?, ?> map))
                        throw new IllegalArgumentException(name + ": section " + s.name() + " needs a list of maps, not of " + (item == null ? "null" : item.getClass().getName()));
                    @SuppressWarnings("unchecked")
                    Map<String, ?> itemValues = (Map<String, ?>) map;
                    s.body().fill(itemValues, b);
                }
            }
        }
    }
}
