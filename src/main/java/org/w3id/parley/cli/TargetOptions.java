package org.w3id.parley.cli;

import org.apache.jena.tdb2.params.StoreParams;
import org.w3id.parley.api.Parley;
import org.w3id.parley.store.Credentials;
import org.w3id.parley.store.RemoteStore;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * Where {@code import}, {@code query}, {@code retract}, {@code repair} and {@code dump} work: the embedded store ({@code --db}) or, instead, a
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

    /** Opens the chosen store, creating an embedded one whose folder does not exist or is empty (import). */
    Parley open() {
        return open(false, false, null);
    }

    /**
     * Opens the chosen store; an embedded one must hold a TDB2 database when {@code --db} names
     * it (see {@link StoreOptions#requireExisting}). Without {@code --db}, the default folder is
     * created unless {@code evenTheDefault}, so that the first {@code parley query} can fill it
     * with the bundled data; retract always requires a store, since it only removes.
     */
    Parley openExisting(boolean evenTheDefault) {
        // Leaving out --db is worth suggesting only where the default store gets the bundled data.
        return open(evenTheDefault || given("--db"), !evenTheDefault, null);
    }

    /**
     * Opens an existing store to read all of it once (dump): an embedded one with the small node
     * caches of {@link TdbStore#SCAN_PARAMS}, so that memory does not grow with the store.
     */
    Parley openToScan() {
        return open(true, false, TdbStore.SCAN_PARAMS);
    }

    /** Whether the store is the default embedded one, {@code ./parley-db}: neither {@code --db} nor {@code --endpoint} was given. */
    boolean isDefaultStore() {
        return endpoint == null && !given("--db");
    }

    private boolean given(String option) {
        return command.commandLine().getParseResult().hasMatchedOption(option);
    }

    private Parley open(boolean mustExist, boolean suggestDefault, StoreParams params) {
        if (endpoint == null) {
            if (updateEndpoint != null || gspEndpoint != null || credentials != null)
                throw new UsageException("--update-endpoint, --gsp-endpoint and --credentials need --endpoint");
            if (!mustExist) return Parley.of(embedded.open());
            StoreOptions.requireExisting(embedded.db, suggestDefault);
            return Parley.of(TdbStore.open(embedded.db, params));
        }
        if (given("--db"))
            throw new UsageException("--db and --endpoint are mutually exclusive: give one store");
        try {
            RemoteStore.Builder b = RemoteStore.at(endpoint);
            if (updateEndpoint != null) b.update(updateEndpoint);
            if (gspEndpoint != null) b.gsp(gspEndpoint);
            b.credentials(credentials != null ? Credentials.fromFile(credentials)
                    : Credentials.fromEnvironment(System.getenv()).orElse(null));
            return Parley.of(b.build());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
