package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.report.StanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code parley report}: write the stance report as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the stance report, one HTML file that opens without network access.",
                "It shows the stance matrix (provisions × parties, coloured by position), a timeline of statements, proposals and events, and per region the proposals that touch it and the control claims about it."})
final class ReportCommand extends Verb {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "the HTML file to write")
    Path out;

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) throw new UsageException("Illegal --out=" + out + ": it is a folder; give a file name such as report.html");
        try (Parley parley = store.openExisting()) {
            DeriveCommand.upgrade(parley, err(), "");
            StanceReport report = parley.report();
            report.write(out);
            out().println("wrote " + out + ": " + report.stances().size() + " stances, "
                    + report.parties().size() + " parties, " + report.targets().size() + " targets, "
                    + report.timeline().size() + " timeline entries, " + report.regions().size() + " regions");
        }
        return Main.OK;
    }
}
