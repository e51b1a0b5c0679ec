package org.w3id.parley.cli;

import org.w3id.parley.api.Parley;
import org.w3id.parley.store.StoreException;
import org.w3id.parley.store.TdbStore;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The {@code --db} option shared by the verbs that read or write the embedded store. */
final class StoreOptions {
    /** The default store folder, relative to the working directory. */
    static final String DEFAULT_DB = "parley-db";

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 database folder (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_DB)
    Path db;

    /**
     * Opens the store, creating it in a folder that does not exist or is empty (import, serve);
     * refuses a folder that holds other files and no TDB2 database, leaving it as it was.
     */
    TdbStore open() {
        requireUsable(db);
        return TdbStore.open(db);
    }

    /** Refuses, with exit code 3, a folder that a store cannot be created in: a file, or a folder of other files. */
    static void requireUsable(Path db) {
        State state = State.of(db);
        if (state == State.NOT_A_FOLDER || state == State.OTHER)
            throw new StoreException("cannot create a Parley store at " + db + ": " + state.reason
                    + "; give a new or empty folder, or an existing store");
    }

    /** Opens an existing store; refuses, creating nothing, when its folder holds no TDB2 database (report). */
    Parley openExisting() {
        requireExisting(db, false);
        return Parley.of(TdbStore.open(db));
    }

    /**
     * Refuses, with exit code 3 (the store cannot be used), a store folder that does not exist, is
     * empty or holds no TDB2 database, and leaves it as it was: verbs that read or remove must not
     * create an empty store where a path was mistyped.
     *
     * @param orDefault whether the verb fills the default store with the bundled data, so that
     *                  leaving out {@code --db} is worth suggesting (query)
     */
    static void requireExisting(Path db, boolean orDefault) {
        State state = State.of(db);
        if (state == State.DATABASE) return;
        throw new StoreException("no Parley store at " + db + ": " + state.reason + "; 'parley import --db " + db
                + " PATH...' creates one" + (orDefault ? ", or leave out --db to use the default store ./" + DEFAULT_DB
                + ", filled with the bundled data on first use" : ""));
    }

    /** What a store folder holds. */
    enum State {
        MISSING("the folder does not exist (nothing was created)"),
        NOT_A_FOLDER("it is a file, not a folder"),
        EMPTY("the folder is empty (and stays so)"),
        OTHER("the folder holds no TDB2 database (nothing in it was changed)"),
        DATABASE("");

        final String reason;

        State(String reason) {
            this.reason = reason;
        }

        /** A TDB2 database folder holds its versions as {@code Data-0001}, {@code Data-0002}, …. */
        static State of(Path db) {
            if (!Files.exists(db)) return MISSING;
            if (!Files.isDirectory(db)) return NOT_A_FOLDER;
            try (Stream<Path> files = Files.list(db)) {
                boolean[] any = {false};
                boolean tdb = files.peek(f -> any[0] = true)
                        .anyMatch(f -> Files.isDirectory(f) && f.getFileName().toString().matches("Data-\\d+"));
                return tdb ? DATABASE : any[0] ? OTHER : EMPTY;
            } catch (IOException e) {
                throw new StoreException("cannot read the folder " + db + ": " + e.getMessage(), e);
            }
        }
    }
}
