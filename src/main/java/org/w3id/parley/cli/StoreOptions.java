package org.w3id.parley.cli;

import org.w3id.parley.store.Store;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option shared by the verbs that read or write the embedded store. */
final class StoreOptions {
    /** The default store folder, relative to the working directory. */
    static final String DEFAULT_DB = "parley-db";

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_DB)
    Path db;

    Store open() {
        return TdbStore.open(db);
    }
}
