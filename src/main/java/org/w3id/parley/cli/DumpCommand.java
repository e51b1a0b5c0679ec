package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.dump.Distribution;
import org.w3id.parley.dump.DumpFormat;
import org.w3id.parley.dump.DumpSummary;
import org.w3id.parley.dump.Dumper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code parley dump}: write the store, or one of its graphs, as RDF. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = {"Write the store, or one named graph, as RDF: sorted, so the same data gives the same bytes.",
                "Turtle, N-Triples and RDF/XML have no named graphs and hold their union. Dumps hold the data only.",
                "--all writes every format and description.ttl, the VoID/DCAT description with sizes and SHA-256 checksums, into a folder.",
                "--endpoint reads a remote store over SPARQL instead of --db, such as a running 'parley serve',",
                "and writes the same bytes as a dump of the same data from its folder."})
final class DumpCommand extends Verb {
    @Mixin
    TargetOptions store;

    @Option(names = "--format", paramLabel = "FMT", description = "turtle, ntriples, nquads, trig, jsonld or rdfxml")
    String format;

    @Option(names = "--graph", paramLabel = "GRAPH",
            description = "only this graph: reference, ontology, derived, a source id or a graph IRI (default: everything)")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "output file, gzipped if it ends in .gz (default: standard output)")
    Path out;

    @Option(names = "--all", paramLabel = "DIR", description = "write every format and description.ttl into DIR")
    Path all;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "the public SPARQL endpoint the description names (void:sparqlEndpoint); without it, none is named")
    String endpoint;

    @Option(names = "--dump-base", paramLabel = "URL", defaultValue = Dumper.DEFAULT_DUMP_BASE,
            description = "where the dump files are published, for the description (default: ${DEFAULT-VALUE})")
    String dumpBase;

    @Option(names = "--modified", paramLabel = "DATE",
            description = "dcterms:modified of the description, yyyy-mm-dd (default: the latest source publication date)")
    String modified;

    @Override
    public Integer call() throws IOException {
        if ((format == null) == (all == null)) throw new UsageException("give either --format FMT or --all DIR");
        if (all != null && (graph != null || out != null))
            throw new UsageException("--all writes the whole dataset into a folder: drop --graph and --out");
        DumpFormat fmt = format == null ? null : DumpFormat.of(format);
        Dumper.Builder b;
        PrintWriter msg = out();
        // Small node caches: a dump reads every node once, and TDB2's default caches would keep them all.
        try (Parley parley = store.openToScan()) {
            // A remote store, such as a running 'parley serve' (which holds its TDB2 database), is read through SPARQL.
            b = parley.dumper().dumpBase(dumpBase);
            if (endpoint != null) b.sparqlEndpoint(endpoint);
            if (modified != null) b.modified(modified);
            if (graph != null) b.graph(Dumper.graphIri(graph));
            Dumper dumper = b.build();
            if (all != null) {
                for (Distribution d : dumper.writeAll(all))
                    msg.printf("wrote %s (%,d bytes, sha256 %s)%n", d.file(), d.bytes(), d.sha256());
                msg.println("wrote " + all.resolve(Dumper.DESCRIPTION_FILE));
            } else if (out != null) {
                DumpSummary summary = dumper.write(fmt, out);
                msg.println("wrote " + summary + " to " + out);
            } else {
                OutputStream stdout = System.out;
                dumper.write(fmt, stdout);
                stdout.flush();
            }
        }
        msg.flush();
        return Main.OK;
    }
}
