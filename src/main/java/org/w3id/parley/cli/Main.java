package org.w3id.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code parley}: import, validate, serve, query, dump and report Parley data.
 *
 * <p>Exit codes: 0 success, 1 usage error, 2 invalid input data, 3 store or network failure, 4 the
 * derived graph differs from its recomputation ({@code derive --check}).
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A knowledge graph of negotiation positions.",
        subcommands = {ImportCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class,
                DumpCommand.class, RetractCommand.class, RepairCommand.class, DeriveCommand.class, ReportCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:usage error", "2:invalid input data", "3:store or network failure",
                "4:derive --check: the derived graph differs from what the rules derive"})
public final class Main implements Runnable {
    /** Success. */
    public static final int OK = 0;
    /** The command line was wrong. */
    public static final int USAGE = 1;
    /** The input data was invalid. */
    public static final int INVALID = 2;
    /** A store or the network failed. */
    public static final int STORE = 3;
    /** {@code derive --check}: the stored derived graph differs from what the rules derive from the data. */
    public static final int DIFFERS = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("parley: " + ex.getMessage()
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cl.setExecutionExceptionHandler(new Failures());
        // every verb offers --version (mixinStandardHelpOptions); they all report the one version
        for (CommandLine sub : cl.getSubcommands().values()) sub.getCommandSpec().versionProvider(new Version());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: import, validate, retract, repair, derive, serve, query, dump, report or generate");
    }

    /** The version from the jar's manifest, or "development". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (v == null ? "(development build)" : v)};
        }
    }
}
