package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.Page;
import org.w3id.parley.query.Param;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.query.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code parley query}: run a catalog query by name, or any .rq file, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a catalog query by name (see --list) or a .rq file against the store.",
                "Parameters are bound as RDF terms, never pasted into the query text."})
final class QueryCommand extends Verb {
    @Mixin
    TargetOptions store;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv, tsv or json (SPARQL results JSON) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = {"a query parameter; repeatable, once per name.",
                    "For a .rq file without a catalog header, NAME is any variable of the query and VALUE an RDF term",
                    "(<iri>, prefix:name, \"2025-04-30\"^^xsd:date, 42), a bare http(s): or urn: IRI, or else plain text."})
    List<String> params = new ArrayList<>();

    @Option(names = "--offset", paramLabel = "N",
            description = "leave out the first N rows of a SELECT's answer (default: 0); stderr says how many there are in all")
    Long offset;

    @Option(names = "--limit", paramLabel = "N",
            description = "write at most N rows of a SELECT's answer (default: all); stderr says how many there are in all")
    Long limit;

    @Option(names = "--list", description = "list the catalog with summaries and parameters")
    boolean list;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "a catalog query name or a .rq file")
    String query;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Catalog catalog = Catalog.bundled();
        if (list) {
            list(catalog, out);
            return Main.OK;
        }
        if (query == null) throw new UsageException("give a catalog query name or a .rq file (or --list)");
        ResultFormat fmt = ResultFormat.parse(format);
        Page page = Page.of(offset, limit);
        Map<String, String> values = values(params);
        CatalogQuery cq = Parley.resolveQuery(query);
        try (Parley parley = store.openExisting(false)) {
            if (parley.isEmpty()) {
                PrintWriter err = err();
                if (store.isDefaultStore()) {
                    // Like serve: the default store, empty, is first filled with the bundled data, so
                    // that one command answers a question. Reported on stderr; stdout stays the result.
                    err.println("parley: the store was empty; imported the bundled data: " + parley.importBundled());
                } else {
                    // A store named with --db or --endpoint is the user's: it is queried as it is.
                    err.println("parley: warning: " + parley.store().describe() + " holds no data; 'parley import' loads some");
                }
                err.flush();
            } else {
                DeriveCommand.upgrade(parley, err(), "--endpoint " + store.endpoint);
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            long total = parley.query(cq, values, fmt, buf, page);
            out.print(buf.toString(StandardCharsets.UTF_8));
            if (!page.isAll()) {
                // stdout stays the result; the page's place in the whole answer goes to stderr.
                out.flush();
                long next = page.next(total);
                err().println("parley: " + page.describe(total) + (next < 0 ? "" : "; --offset " + next + " for the next"));
                err().flush();
            }
        }
        out.flush();
        return Main.OK;
    }

    /** {@code NAME=VALUE} pairs, each name once. */
    private static Map<String, String> values(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) throw new UsageException("--param \"" + pair + "\" is not NAME=VALUE");
            String name = pair.substring(0, eq);
            if (out.containsKey(name))
                throw new UsageException("parameter '" + name + "' is given twice (\"" + out.get(name) + "\" and \""
                        + pair.substring(eq + 1) + "\"); give each parameter once");
            out.put(name, pair.substring(eq + 1));
        }
        return out;
    }

    /** The catalog as an aligned table: name, summary, then one line per parameter. */
    private static void list(Catalog catalog, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (CatalogQuery q : catalog.all()) {
            String cqs = q.answers().stream().map(String::valueOf).collect(Collectors.joining(", "));
            rows.add(new String[] {q.name(), cqs, q.summary()});
            for (Param p : q.params())
                rows.add(new String[] {"", "", "  " + p.name() + "=" + p.type() + " " + p.usage() + ": " + p.description()});
        }
        TextTable.write(List.of("query", "CQ", "summary and parameters (--param NAME=VALUE)"), rows, out);
        out.printf("%d queries; 'parley query NAME --param NAME=VALUE' runs one.%n", catalog.all().size());
        out.flush();
    }
}
