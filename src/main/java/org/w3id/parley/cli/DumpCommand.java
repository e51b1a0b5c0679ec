package org.w3id.parley.cli;

import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.w3id.parley.rdf.Prefixes;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code parley dump}: write the store as RDF. */
@Command(name = "dump", mixinStandardHelpOptions = true, description = "Write the whole store as RDF.")
final class DumpCommand implements Callable<Integer> {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "turtle", RDFFormat.TURTLE, "ntriples", RDFFormat.NTRIPLES, "nquads", RDFFormat.NQUADS,
            "trig", RDFFormat.TRIG, "jsonld", RDFFormat.JSONLD, "rdfxml", RDFFormat.RDFXML);

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, paramLabel = "FMT",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--verbose", description = "print stack traces of failures")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        RDFFormat fmt = FORMATS.get(format);
        if (fmt == null) throw new UsageException("Illegal format=" + format + ": use one of " + FORMATS.keySet().stream().sorted().toList());
        try (TdbStore s = TdbStore.open(store.db)) {
            var dsg = s.datasetGraph();
            Txn.executeRead(dsg, () -> {
                try {
                    OutputStream os = out == null ? System.out : Files.newOutputStream(out);
                    if (RDFLanguages.isQuads(fmt.getLang())) RDFDataMgr.write(os, Prefixes.over(dsg), fmt);
                    else RDFDataMgr.write(os, Prefixes.over(dsg.getUnionGraph()), fmt);
                    if (out == null) os.flush(); else os.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
                }
            });
        }
        return Main.OK;
    }
}
