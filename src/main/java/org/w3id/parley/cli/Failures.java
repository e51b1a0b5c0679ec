package org.w3id.parley.cli;

import org.w3id.parley.InvalidArgumentException;
import org.w3id.parley.load.RetractException;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.store.StoreException;
import picocli.CommandLine;

import java.io.PrintWriter;

/** Maps exceptions to the documented exit codes, printing one line per problem and no stack trace unless --verbose. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean verbose = parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parsed.hasMatchedOption("--verbose");
        int code;
        if (ex instanceof InvalidInputException iie) {
            for (Problem p : iie.problems()) err.println(p);
            err.println("parley: " + iie.problems().size() + " problem" + (iie.problems().size() == 1 ? "" : "s")
                    + " found; nothing was written");
            code = Main.INVALID;
        } else if (ex instanceof RetractException) {
            err.println("parley: " + ex.getMessage());
            code = Main.INVALID;
        } else if (ex instanceof StoreException) {
            err.println("parley: " + ex.getMessage());
            code = Main.STORE;
        } else if (ex instanceof UsageException || ex instanceof InvalidArgumentException || ex instanceof IllegalArgumentException) {
            err.println("parley: " + ex.getMessage());
            code = Main.USAGE;
        } else {
            err.println("parley: " + ex);
            code = Main.STORE;
        }
        if (verbose) ex.printStackTrace(err);
        err.flush();
        return code;
    }
}
