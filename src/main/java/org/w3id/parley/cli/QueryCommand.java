package org.w3id.parley.cli;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.Param;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.query.TextTable;
import org.w3id.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code parley query}: run a catalog query by name, or any .rq file, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a catalog query by name (see --list) or a .rq file against the store.",
                "Parameters are bound as RDF terms, never pasted into the query text."})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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

    @Option(names = "--list", description = "list the catalog with summaries and parameters")
    boolean list;

    @Option(names = "--verbose", description = "print stack traces of failures")
    boolean verbose;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "a catalog query name or a .rq file")
    String query;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = Catalog.bundled();
        if (list) {
            list(catalog, out);
            return Main.OK;
        }
        if (query == null) throw new UsageException("give a catalog query name or a .rq file (or --list)");
        ResultFormat fmt = ResultFormat.parse(format);
        Map<String, String> values = values(params);
        boolean plain = isPlainFile(catalog, query);
        CatalogQuery cq = resolve(catalog, query);
        Query q = QueryRunner.parse(cq.name(), cq.text());
        try (Store s = store.openExisting(false)) {
            if (s.size() == 0) {
                PrintWriter err = spec.commandLine().getErr();
                if (store.isDefaultStore()) {
                    // Like serve: the default store, empty, is first filled with the bundled data, so
                    // that one command answers a question. Reported on stderr; stdout stays the result.
                    ImportSummary summary = Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
                    err.println("parley: the store was empty; imported the bundled data: " + summary);
                } else {
                    // A store named with --db or --endpoint is the user's: it is queried as it is.
                    err.println("parley: warning: " + s.describe() + " holds no data; 'parley import' loads some");
                }
                err.flush();
            } else {
                DeriveCommand.upgrade(s, spec.commandLine().getErr(), "--endpoint " + store.endpoint);
            }
            Map<String, RDFNode> bindings = plain ? Catalog.bindTerms(q, values) : Catalog.bind(cq, values, s);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            QueryRunner.run(s, q, bindings, fmt, buf);
            out.print(buf.toString(StandardCharsets.UTF_8));
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

    /** True for a .rq file without a catalog header ({@code #+} lines): its parameters are its variables. */
    private static boolean isPlainFile(Catalog catalog, String query) {
        if (!query.endsWith(".rq") && catalog.has(query)) return false;
        try {
            return Files.isRegularFile(Path.of(query)) && !hasHeader(Files.readString(Path.of(query), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hasHeader(String text) {
        return text.lines().anyMatch(l -> l.strip().startsWith("#+"));
    }

    /** A catalog name, or a path to a .rq file (with or without a header). */
    private static CatalogQuery resolve(Catalog catalog, String query) {
        if (!query.endsWith(".rq") && catalog.has(query)) return catalog.get(query);
        Path file = Path.of(query);
        if (!Files.isRegularFile(file)) throw new UsageException("no catalog query or file named '" + query + "'; try 'parley query --list'");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + query + ": " + e.getMessage());
        }
        return hasHeader(text) ? CatalogQuery.parseFile(file.getFileName().toString().replaceAll("\\.rq$", ""), text)
                : CatalogQuery.plain(query, text);
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
