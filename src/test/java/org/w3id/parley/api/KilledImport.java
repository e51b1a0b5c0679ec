package org.w3id.parley.api;

import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;
import org.w3id.parley.load.Progress;
import org.w3id.parley.store.TdbStore;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The child process of {@link CrashSafetyTest}: imports into a TDB2 folder with the real
 * pipeline and, once at least {@code STOP-AT} quads are in the open write transaction, prints
 * {@code writing N} on standard output and waits there forever, to be killed.
 *
 * <p>Usage: {@code KilledImport DB STOP-AT PATH...}
 */
public final class KilledImport {
    private KilledImport() {}

    /** Runs the import; never returns normally when the input has more than STOP-AT quads. */
    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        long stopAt = Long.parseLong(args[1]);
        List<Path> paths = Stream.of(args).skip(2).map(Path::of).toList();
        try (TdbStore store = TdbStore.open(db)) {
            Importer.Prepared prepared = Importer.prepare(Input.of(paths), Importer.DEFAULT_MAX_ERRORS);
            System.out.println("validated " + prepared.files() + " files");
            Importer.write(store, prepared, false, (phase, files, total, records, quads) -> {
                if (phase == Progress.Phase.WRITING && quads >= stopAt) {
                    System.out.println("writing " + quads);
                    System.out.flush();
                    try {
                        new CountDownLatch(1).await(); // inside the write transaction, until SIGKILL
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, System.nanoTime());
            System.out.println("committed");
        }
    }
}
