package org.w3id.parley.cli;

import org.w3id.parley.generate.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code parley generate}: write synthetic, valid input for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write synthetic, valid input files with the shapes of real data.",
                "Scale 1 is about half a million quads; the same seed gives the same files."})
final class GenerateCommand extends Verb {
    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", description = "size; fractions allowed (default: ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder")
    Path out;

    @Override
    public Integer call() {
        Generator g = Generator.create().scale(scale).seed(seed).out(out).build();
        int files = g.run();
        out().println("wrote " + files + " files to " + out);
        return Main.OK;
    }
}
