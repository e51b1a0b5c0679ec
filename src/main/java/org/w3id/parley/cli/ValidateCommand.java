package org.w3id.parley.cli;

import org.w3id.parley.load.Input;
import org.w3id.parley.api.Parley;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code parley validate}: every import check, without touching any store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check JSON input files or folders (syntax, structure, identities, references, SHACL) without writing anything.")
final class ValidateCommand extends Verb {
    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        List<Input> inputs = input.inputs();
        ProgressLine progress = new ProgressLine(err(), ProgressLine.isTerminal());
        int files, records;
        try {
            var p = input.reportingTo(() -> Parley.validate(inputs, input.maxErrors, progress));
            files = p.files();
            records = p.records();
        } finally {
            progress.clear();
        }
        out().println("valid: " + files + " files, " + records + " records");
        return Main.OK;
    }
}
