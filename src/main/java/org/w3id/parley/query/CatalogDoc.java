package org.w3id.parley.query;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The reference page of the query catalog, src/site/markdown/catalog.md, written from the
 * {@code #+} headers of the catalog's queries so that the page cannot drift from them: one table
 * row and one section per query, with its summary, description, parameters, the competency
 * questions it answers and its tags.
 * <pre>
 * String page = CatalogDoc.markdown(Catalog.folder(Path.of("queries")));
 * </pre>
 *
 * <p>A test regenerates the page and fails when the file differs; run it with
 * {@code -Dparley.docs.write=true} to rewrite the file after changing a header.
 */
public final class CatalogDoc {
    private CatalogDoc() {
    }

    /** The page for every query of the catalog, in name order. */
    public static String markdown(Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        Collection<CatalogQuery> queries = catalog.all();
        StringBuilder b = new StringBuilder();
        b.append("<!-- Generated from the #+ headers of queries/*.rq by org.w3id.parley.query.CatalogDoc: do not edit.\n")
                .append("     CatalogDocTest fails when this page differs from the headers; run it with\n")
                .append("     -Dparley.docs.write=true to rewrite the page. -->\n\n");
        b.append("# Query catalog\n\n");
        b.append("The research questions Parley is built for (the competency questions, CQ, at the end of\n")
                .append("[ontology/README.md](../../../ontology/README.md#competency-questions)) each have a named,\n")
                .append("documented, tested query in [queries/](../../../queries/): ").append(queries.size())
                .append(" queries, listed below from\ntheir own headers. ")
                .append("`parley query --list` lists them with their parameters,\n")
                .append("`parley query NAME --param NAME=VALUE` runs one, and the server's `/catalog` page opens each in\n")
                .append("the query editor; `/catalog/run?name=NAME&PARAM=VALUE` answers one over HTTP. Every query\n")
                .append("answers in full by default; `--offset N --limit N` (`&offset=N&limit=N` over HTTP) write one page\n")
                .append("of the rows and say how many there are in all. ")
                .append("How parameters are bound, how to read the answers (principal parties, declared relations, linked\n")
                .append("terms, the dating of undated stances), the header format and worked examples with their output\n")
                .append("are in [Using the query catalog](catalog-examples.md).\n\n");

        b.append("| Query | Question it answers | Parameters | CQ |\n| --- | --- | --- | --- |\n");
        for (CatalogQuery q : queries) {
            b.append("| [`").append(q.name()).append("`](#").append(q.name()).append(") | ")
                    .append(cell(q.summary())).append(" | ")
                    .append(q.params().isEmpty() ? "—" : q.params().stream().map(CatalogDoc::brief).collect(Collectors.joining(", ")))
                    .append(" | ").append(q.answers().isEmpty() ? "—" : numbers(q.answers())).append(" |\n");
        }

        for (CatalogQuery q : queries) {
            b.append("\n## ").append(q.name()).append("\n\n");
            b.append("**").append(text(q.summary())).append("**\n\n");
            b.append(text(q.description())).append("\n\n");
            if (q.params().isEmpty()) {
                b.append("Parameters: none.\n");
            } else {
                b.append("Parameters:\n\n");
                for (Param p : q.params()) {
                    b.append("- `").append(p.name()).append("` (").append(type(p)).append(", ").append(usage(p)).append(")");
                    if (!p.description().isEmpty()) b.append(": ").append(text(p.description()));
                    b.append('\n');
                }
            }
            b.append('\n');
            if (!q.answers().isEmpty()) b.append("Answers competency question").append(q.answers().size() > 1 ? "s " : " ")
                    .append(numbers(q.answers())).append(". ");
            if (!q.tags().isEmpty()) b.append("Tags: ").append(q.tags().stream().map(CatalogDoc::text).collect(Collectors.joining(", "))).append(". ");
            b.append("File: [queries/").append(q.name()).append(".rq](../../../queries/").append(q.name()).append(".rq).\n");
        }
        return b.toString();
    }

    /** {@code `party` (party)}, {@code `status` (code: a, b)}, {@code `source` (source, required)}: a table cell's entry. */
    private static String brief(Param p) {
        String s = "`" + p.name() + "` (" + type(p);
        if (p.required()) s += ", required";
        else if (p.defaultValue() != null) s += ", default " + cell(p.defaultValue());
        return s + ")";
    }

    private static String type(Param p) {
        return p.values().isEmpty() ? p.type() : "code: " + p.values().stream().map(CatalogDoc::cell).collect(Collectors.joining(", "));
    }

    private static String usage(Param p) {
        return p.required() ? "required" : p.defaultValue() != null ? "default `" + p.defaultValue() + "`" : "optional";
    }

    private static String numbers(List<Integer> answers) {
        return answers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Header text as Markdown prose: characters Markdown would read as markup are escaped. */
    private static String text(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>|".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** Header text inside a table cell: like {@link #text}, on one line. */
    private static String cell(String s) {
        return text(s.replace('\n', ' '));
    }
}
