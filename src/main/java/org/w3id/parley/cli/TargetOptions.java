package org.w3id.parley.cli;

import org.w3id.parley.store.Credentials;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * Where {@code import} and {@code query} work: the embedded store ({@code --db}) or, instead, a
 * remote SPARQL store ({@code --endpoint} and its companions). Credentials for a protected
 * endpoint come from {@code --credentials FILE} or the environment, never from an option value.
 */
final class TargetOptions {
    @Mixin
    StoreOptions embedded;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = {"a remote SPARQL store instead of --db: a Fuseki dataset URL (…/ds) or a SPARQL query endpoint (…/sparql)"})
    String endpoint;

    @Option(names = "--update-endpoint", paramLabel = "URL",
            description = "its SPARQL Update endpoint (default: the dataset's /update)")
    String updateEndpoint;

    @Option(names = "--gsp-endpoint", paramLabel = "URL",
            description = "its Graph Store Protocol endpoint (default: the dataset's /data)")
    String gspEndpoint;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = {"a file whose first line is user:password for the endpoint;",
                    "default: the environment variables " + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE})
    Path credentials;

    /** Opens the chosen store, creating an embedded one whose folder does not exist (import). */
    Store open() {
        return open(false);
    }

    /**
     * Opens the chosen store; an embedded one must exist when {@code --db} names it (retract
     * always requires one: it only removes). Without {@code --db}, the default folder is created
     * unless {@code evenTheDefault}, so that the first {@code parley query} fills it with the bundled data.
     */
    Store openExisting(boolean evenTheDefault) {
        return open(evenTheDefault || command.commandLine().getParseResult().hasMatchedOption("--db"));
    }

    private Store open(boolean mustExist) {
        if (endpoint == null) {
            if (updateEndpoint != null || gspEndpoint != null || credentials != null)
                throw new UsageException("--update-endpoint, --gsp-endpoint and --credentials need --endpoint");
            return mustExist ? embedded.openExisting() : embedded.open();
        }
        if (command.commandLine().getParseResult().hasMatchedOption("--db"))
            throw new UsageException("--db and --endpoint are mutually exclusive: give one store");
        try {
            RemoteStore.Builder b = RemoteStore.at(endpoint);
            if (updateEndpoint != null) b.update(updateEndpoint);
            if (gspEndpoint != null) b.gsp(gspEndpoint);
            b.credentials(credentials != null ? Credentials.fromFile(credentials)
                    : Credentials.fromEnvironment(System.getenv()).orElse(null));
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
