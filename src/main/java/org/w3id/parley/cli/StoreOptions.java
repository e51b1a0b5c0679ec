package org.w3id.parley.cli;

import org.w3id.parley.store.Store;
import org.w3id.parley.store.StoreException;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --db} option shared by the verbs that read or write the embedded store. */
final class StoreOptions {
    /** The default store folder, relative to the working directory. */
    static final String DEFAULT_DB = "parley-db";

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_DB)
    Path db;

    /** Opens the store, creating it if the folder does not exist (import, serve). */
    Store open() {
        return TdbStore.open(db);
    }

    /** Opens an existing store; refuses, creating nothing, when its folder does not exist (retract, query, report). */
    Store openExisting() {
        requireExisting(db);
        return TdbStore.open(db);
    }

    /**
     * Refuses, with exit code 3 (the store cannot be used), a store folder that does not exist:
     * verbs that read or remove must not create an empty store where a path was mistyped.
     */
    static void requireExisting(Path db) {
        if (!Files.isDirectory(db))
            throw new StoreException("no TDB2 database at " + db + ": the folder does not exist; nothing was created"
                    + " ('parley import --db " + db + " PATH...' creates a store)");
    }
}
