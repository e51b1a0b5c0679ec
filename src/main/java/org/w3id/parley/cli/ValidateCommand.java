package org.w3id.parley.cli;

import org.w3id.parley.load.Input;
import org.w3id.parley.api.Parley;
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
        int files, records;
        try {
            var p = input.reportingTo(() -> Parley.validate(inputs, input.maxErrors, progress));
            files = p.files();
            records = p.records();
        } finally {
            progress.clear();
        }
        spec.commandLine().getOut().println("valid: " + files + " files, " + records + " records");
        return Main.OK;
    }
}
