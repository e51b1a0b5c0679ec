package org.w3id.parley.cli;

import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley validate}: every import check, without touching any store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check JSON input files or folders (syntax, structure, identities, references, SHACL) without writing anything.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
        Importer.Prepared p = Importer.prepare(inputs, maxErrors);
        spec.commandLine().getOut().println("valid: " + p.files() + " files, " + p.records() + " records");
        return Main.OK;
    }
}
