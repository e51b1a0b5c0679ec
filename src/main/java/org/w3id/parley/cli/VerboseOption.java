package org.w3id.parley.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} option, declared once and mixed into every verb: {@link Failures} then
 * prints the stack trace of a failure after its one-line message.
 */
final class VerboseOption {
    @Option(names = "--verbose", description = "print stack traces of failures")
    boolean verbose;
}
