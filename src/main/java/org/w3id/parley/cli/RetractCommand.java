package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.rdf.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code parley retract}: remove sources from the store, all or nothing. */
@Command(name = "retract", mixinStandardHelpOptions = true,
        description = {"Remove sources from the store (--db, or --endpoint for a remote one) by dropping their named graphs, all or nothing.",
                "Refused (exit 2, nothing dropped) when a source is not in the store, or when other graphs",
                "refer to records that only these sources define."})
final class RetractCommand extends Verb {
    @Mixin
    TargetOptions store;

    @Parameters(paramLabel = "SOURCE-ID", arity = "1..*", description = "the IDs of the sources (their \"source\".\"id\")")
    List<String> ids;

    @Override
    public Integer call() throws Exception {
        try (Parley parley = store.openExisting(true)) {
            for (String g : parley.retract(ids.toArray(String[]::new)))
                out().println("retracted source " + Ids.sourceSlugOf(g) + " from " + parley.store().describe());
        }
        return Main.OK;
    }
}
