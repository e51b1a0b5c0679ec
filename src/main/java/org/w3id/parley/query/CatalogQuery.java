package org.w3id.parley.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One query of the catalog with its grlc-style header, whose {@code #+ } lines, prefix stripped,
 * are YAML:
 * <pre>
 * #+ summary: 'Stances of a party: on what, on whose word'
 * #+ answers: 1
 * #+ description: &gt;-
 * #+   Which stances does a party hold, on what, on whose word?
 * #+   Continuation lines extend the description.
 * #+ params:
 * #+   - party party = ukraine : the party, as a slug or IRI
 * #+ tags:
 * #+   - stances
 * </pre>
 *
 * <p>In the catalog's files a blank line follows every header line. Blank lines mean nothing to
 * this parser or to grlc, which read only the {@code #+} lines, but SPARQLWrapper needs them: it
 * guesses a query's form from its text after deleting comment lines with a regular expression
 * that, in a block of consecutive comment lines, deletes only every other one, and then takes the
 * first query keyword it meets anywhere, so a header line that survives and contains "asked" or
 * "removed" made it send a SELECT as an ASK or as an update. SparqlWrapperCatalogTest keeps every
 * file readable by it.
 *
 * <p>The parser reads the YAML this catalog uses, not all of YAML: one-line plain,
 * 'single-quoted' or "double-quoted" scalars, folded blocks ({@code >-}) and multi-line plain
 * scalars for summary and description, {@code params: []} for no parameters.
 *
 * <p>{@code answers} lists the numbers of the competency questions in ontology/README.md that the
 * query answers. Parameter declarations follow {@code NAME TYPE [= DEFAULT | (required)] : description};
 * a parameter with neither a default nor {@code (required)} is optional and, when omitted, stays
 * unbound, which the catalog's queries read as "all".
 *
 * @param name        file name without {@code .rq}
 * @param summary     one line
 * @param description the question in plain English and how to read the answer
 * @param answers     numbers of the competency questions it answers (may be empty)
 * @param params      declared parameters
 * @param tags        tags
 * @param text        the SPARQL text, header included
 */
public record CatalogQuery(String name, String summary, String description, List<Integer> answers, List<Param> params,
                           List<String> tags, String text) {
    /** Validates the fields. */
    public CatalogQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        answers = List.copyOf(answers);
        params = List.copyOf(params);
        tags = List.copyOf(tags);
        Set<String> seen = new HashSet<>();
        for (Param p : params) {
            if (!seen.add(p.name())) throw new IllegalArgumentException(name + ".rq: parameter '" + p.name() + "' is declared twice");
            if (RESERVED.contains(p.name()))
                throw new IllegalArgumentException(name + ".rq: parameter '" + p.name() + "' is a name the catalog keeps for itself ("
                        + String.join(", ", RESERVED) + ": the query and its page in /catalog/run?name=…&offset=…&limit=…&format=…)");
        }
    }

    /** Names no parameter may have: /catalog/run takes them for the query, its page and its format. */
    public static final List<String> RESERVED = List.of("name", "offset", "limit", "format");

    /** A query without a header: its name stands in for summary and description. */
    public static CatalogQuery plain(String name, String text) {
        return new CatalogQuery(name, name, name, List.of(), List.of(), List.of(), text);
    }

    /** The declared parameter of that name, or null. */
    public Param param(String paramName) {
        for (Param p : params) if (p.name().equals(paramName)) return p;
        return null;
    }

    /**
     * Parses a query file's header.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed header
     */
    public static CatalogQuery parse(String name, String text) {
        return parse(name, text, true);
    }

    /**
     * Parses the header of a query file given by path: like {@link #parse(String, String)}, but a
     * missing summary stands in for the file name and a missing description for the summary.
     */
    public static CatalogQuery parseFile(String name, String text) {
        return parse(name, text, false);
    }

    private static CatalogQuery parse(String name, String text, boolean strict) {
        StringBuilder summary = new StringBuilder();
        StringBuilder description = new StringBuilder();
        List<Integer> answers = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean hasSummary = false, hasDescription = false;
        String section = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("#+")) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                break;
            }
            String body = line.substring(2).strip();
            try {
                if (body.startsWith("summary:")) {
                    hasSummary = true;
                    summary.append(scalar(body.substring(8).strip()));
                    section = "summary";
                } else if (body.startsWith("answers:")) {
                    answers.addAll(numbers(body.substring(8)));
                    section = "answers";
                } else if (body.startsWith("description:")) {
                    hasDescription = true;
                    description.append(scalar(body.substring(12).strip()));
                    section = "description";
                } else if (body.startsWith("params:")) {
                    emptyOrList(body.substring(7));
                    section = "params";
                } else if (body.startsWith("tags:")) {
                    emptyOrList(body.substring(5));
                    section = "tags";
                } else if (body.startsWith("- ") && "params".equals(section)) {
                    params.add(declaration(body.substring(2).strip()));
                } else if (body.startsWith("- ") && "tags".equals(section)) {
                    tags.add(scalar(body.substring(2).strip()));
                } else if (("description".equals(section) || "summary".equals(section)) && !body.isEmpty()) {
                    StringBuilder b = "summary".equals(section) ? summary : description;
                    if (b.length() > 0) b.append(' ');
                    b.append(body);
                } else if (!body.isEmpty()) {
                    throw new IllegalArgumentException("unexpected header line");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ".rq:" + (i + 1) + ": " + e.getMessage() + ": " + lines[i].strip());
            }
        }
        if (strict && (!hasSummary || summary.length() == 0)) throw new IllegalArgumentException(name + ".rq: the header has no '#+ summary:'");
        if (strict && (!hasDescription || description.length() == 0)) throw new IllegalArgumentException(name + ".rq: the header has no '#+ description:'");
        String s = summary.length() > 0 ? summary.toString() : name;
        return new CatalogQuery(name, s, description.length() > 0 ? description.toString() : s, answers, params, tags, text);
    }

    /**
     * A YAML scalar on one line: plain, 'single-quoted' ('' for a quote) or "double-quoted"
     * (\" and \\ escapes); {@code >-} or {@code >} opens a folded block whose lines follow.
     */
    private static String scalar(String raw) {
        if (raw.equals(">-") || raw.equals(">")) return "";
        if (raw.startsWith("'")) {
            if (raw.length() < 2 || !raw.endsWith("'")) throw new IllegalArgumentException("a single-quoted value must end with a quote on the same line");
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        if (raw.startsWith("\"")) {
            if (raw.length() < 2 || !raw.endsWith("\"")) throw new IllegalArgumentException("a double-quoted value must end with a quote on the same line");
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return raw;
    }

    /** After {@code params:} or {@code tags:}: nothing (the list follows) or {@code []} (empty). */
    private static void emptyOrList(String rest) {
        String r = rest.strip();
        if (!r.isEmpty() && !r.equals("[]")) throw new IllegalArgumentException("a list follows on the next lines as '- item', or is '[]' when empty");
    }

    /** {@code 1, 3, 12}: competency question numbers. */
    private static List<Integer> numbers(String list) {
        List<Integer> out = new ArrayList<>();
        for (String part : list.split(",")) {
            String n = part.strip();
            if (n.isEmpty()) continue;
            if (!n.matches("[1-9][0-9]{0,2}")) throw new IllegalArgumentException("'answers' lists competency question numbers such as '1, 3'");
            out.add(Integer.parseInt(n));
        }
        return out;
    }

    /** {@code NAME TYPE [= DEFAULT | (required)] : description}; TYPE may be {@code code(a|b c|…)}, with spaces. */
    private static Param declaration(String decl) {
        int colon = decl.indexOf(" : ");
        String head = colon < 0 ? decl : decl.substring(0, colon).strip();
        String desc = colon < 0 ? "" : scalar(decl.substring(colon + 3).strip());
        String def = null;
        boolean required = false;
        int eq = head.indexOf('=');
        if (eq >= 0) {
            def = head.substring(eq + 1).strip();
            head = head.substring(0, eq).strip();
        } else if (head.endsWith("(required)")) {
            required = true;
            head = head.substring(0, head.length() - "(required)".length()).strip();
        }
        Matcher m = DECLARATION.matcher(head);
        if (!m.matches()) throw new IllegalArgumentException("a parameter is declared as 'NAME TYPE [= DEFAULT] : description'");
        return new Param(m.group(1), m.group(2), def, required, desc);
    }

    private static final Pattern DECLARATION = Pattern.compile("(\\S+)\\s+(code\\([^()]*\\)|\\S+)");
}
