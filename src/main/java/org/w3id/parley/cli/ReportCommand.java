package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.report.StanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley report}: write the stance report as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the stance report, one HTML file that opens without network access.",
                "It shows the stance matrix (provisions × parties, coloured by position), a timeline of statements, proposals and events, and per region the proposals that touch it and the control claims about it."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "the HTML file to write")
    Path out;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) throw new UsageException("Illegal --out=" + out + ": it is a folder; give a file name such as report.html");
        try (Parley parley = store.openExisting()) {
            DeriveCommand.upgrade(parley, spec.commandLine().getErr(), "");
            StanceReport report = parley.report();
            report.write(out);
            spec.commandLine().getOut().println("wrote " + out + ": " + report.stances().size() + " stances, "
                    + report.parties().size() + " parties, " + report.targets().size() + " targets, "
                    + report.timeline().size() + " timeline entries, " + report.regions().size() + " regions");
        }
        return Main.OK;
    }
}
