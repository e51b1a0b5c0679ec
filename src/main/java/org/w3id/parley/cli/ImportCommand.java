package org.w3id.parley.cli;

import org.w3id.parley.api.ImportSummary;
import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;
import org.w3id.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley import}: validate input files and load them into a store, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validate JSON input files or folders and load them into a store.",
                "Each source file replaces its own named graph; nothing is written if any file is invalid."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions store;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "100",
            description = "stop after this many problems (default: ${DEFAULT-VALUE})")
    int maxErrors;

    @Option(names = "--verbose", description = "print stack traces of failures")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "JSON files or folders of them")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        List<Input> inputs = Input.of(paths);
        if (inputs.isEmpty()) throw new UsageException("no .json files found in " + paths);
        try (Store s = store.open()) {
            ImportSummary summary = Importer.run(s, inputs, maxErrors);
            spec.commandLine().getOut().println("imported " + summary + " into " + s.describe());
        }
        return Main.OK;
    }
}
