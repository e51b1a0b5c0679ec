package org.w3id.parley.cli;

import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley validate}: every import check, without touching any store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check JSON input files or folders (syntax, structure, identities, references, SHACL) without writing anything.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        List<Input> inputs = input.inputs();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), ProgressLine.isTerminal());
        Importer.Prepared p;
        try {
            p = input.reportingTo(() -> Importer.prepare(inputs, input.maxErrors, progress));
        } finally {
            progress.clear();
        }
        spec.commandLine().getOut().println("valid: " + p.files() + " files, " + p.records() + " records");
        return Main.OK;
    }
}
