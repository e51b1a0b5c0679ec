package org.w3id.parley.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every verb has, declared once: its picocli spec, through which it writes to the streams
 * given to {@link Main#run}, and {@code --verbose}, which {@link Failures} reads. Picocli finds the
 * annotated fields of a superclass, so a verb declares only its own options.
 */
abstract class Verb implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    /** Where results and messages go: standard output, or what {@link Main#run} was given. */
    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where warnings and progress go: standard error, or what {@link Main#run} was given. */
    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
