package org.w3id.parley.cli;

import org.w3id.parley.load.ImportSummary;
import org.w3id.parley.load.Input;
import org.w3id.parley.api.Parley;
import org.w3id.parley.rdf.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code parley import}: validate input files and load them into a store, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validate JSON input files or folders and load them into a store.",
                "Each source file replaces its own named graph; nothing is written if any file is invalid.",
                "On a terminal, a progress line is shown on standard error."})
final class ImportCommand extends Verb {
    @Mixin
    TargetOptions store;

    @Mixin
    InputOptions input;

    @Option(names = "--prune", description = {"also drop, in the same all-or-nothing step, every source graph",
            "of the store whose source is not among the input files"})
    boolean prune;

    @Option(names = "--progress", negatable = true, description = {"draw the progress line on standard error even when it is",
            "not a terminal (--progress), or never (--no-progress); by default only on a terminal"})
    Boolean progressLine;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        List<Input> inputs = input.inputs();
        PrintWriter out = out();
        ProgressLine progress = new ProgressLine(err(),
                progressLine != null ? progressLine : ProgressLine.isTerminal());
        ImportSummary summary;
        String target;
        Map<String, Long> leftover = Map.of();
        try {
            // Input is read and checked before the store is even opened; SHACL runs while writing
            // (a TDB2 transaction, aborted on the first violation) or before it (any other store).
            var prepared = input.reportingTo(() -> Parley.prepareImport(inputs, input.maxErrors, progress));
            try (Parley parley = store.open()) {
                target = parley.store().describe();
                summary = input.reportingTo(() -> parley.importPrepared(prepared, prune, progress, started));
                // This import's own staging graphs are gone: any left are another import's, running
                // now or dead with the store. Which, Parley cannot tell, so it says so and drops nothing.
                leftover = parley.stagingGraphs();
            }
        } finally {
            progress.clear();
        }
        out.println("imported " + summary + " into " + target);
        for (String g : summary.pruned()) out.println("pruned source " + Ids.sourceSlugOf(g));
        if (!leftover.isEmpty()) {
            PrintWriter err = err();
            err.println("parley: warning: " + RepairCommand.describe(leftover) + " from other imports remain in " + target
                    + "; queries over the default graph see them. Unless an import is running, remove them with"
                    + " 'parley repair' and the same --endpoint options");
            err.flush();
        }
        return Main.OK;
    }
}
