package org.w3id.parley.cli;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;
import org.w3id.parley.query.Param;
import org.w3id.parley.query.QueryRunner;
import org.w3id.parley.query.ResultFormat;
import org.w3id.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

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

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a query parameter; repeatable")
    Map<String, String> params = new LinkedHashMap<>();

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
            for (CatalogQuery q : catalog.all()) {
                out.printf("%-28s %s%n", q.name(), q.summary());
                for (Param p : q.params())
                    out.printf("%-28s   --param %s=%s%s%n", "", p.name(), p.type(),
                            p.defaultValue() != null ? " (default " + p.defaultValue() + ")" : p.required() ? " (required)" : " (optional)");
            }
            out.flush();
            return Main.OK;
        }
        if (query == null) throw new UsageException("give a catalog query name or a .rq file (or --list)");
        ResultFormat fmt = ResultFormat.parse(format);
        CatalogQuery cq;
        if (query.endsWith(".rq") || !catalog.has(query)) {
            Path file = Path.of(query);
            if (!Files.isRegularFile(file)) throw new UsageException("no catalog query or file named '" + query + "'; try 'parley query --list'");
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot read " + query + ": " + e.getMessage());
            }
            cq = text.contains("#+ summary:") ? CatalogQuery.parse(file.getFileName().toString().replaceAll("\\.rq$", ""), text)
                    : new CatalogQuery(query, query, query, java.util.List.of(), java.util.List.of(), text);
        } else {
            cq = catalog.get(query);
        }
        Query q = QueryRunner.parse(cq.name(), cq.text());
        try (Store s = store.open()) {
            Map<String, RDFNode> bindings = Catalog.bind(cq, params, s);
            QueryRunner.run(s, q, bindings, fmt, System.out);
        }
        System.out.flush();
        return Main.OK;
    }
}
