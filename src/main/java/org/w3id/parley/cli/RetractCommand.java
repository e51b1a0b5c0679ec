package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.rdf.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley retract}: remove sources from the store, all or nothing. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = {"Remove sources from the store (--db, or --endpoint for a remote one) by dropping their named graphs, all or nothing.",
                "Refused (exit 2, nothing dropped) when a source is not in the store, or when other graphs",
                "refer to records that only these sources define."})
final class RetractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions store;

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "SOURCE-ID", arity = "1..*", description = "the IDs of the sources (their \"source\".\"id\")")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        try (Parley parley = store.openExisting(true)) {
            for (String g : parley.retract(ids.toArray(String[]::new)))
                spec.commandLine().getOut().println("retracted source " + Ids.sourceSlugOf(g) + " from " + parley.store().describe());
        }
        return Main.OK;
    }
}
