package org.w3id.parley.dump;

import org.w3id.parley.store.StoreException;

import java.nio.file.Path;

/** A dump could not be read from the store or written out (exit code 3 on the command line). */
public class DumpException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    /** With a message naming the file or store and what failed. */
    public DumpException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * With a message naming the file and what failed.
     *
     * @param message what failed, naming the file
     * @param file    the file or folder that could not be written, or null
     * @param cause   the underlying failure
     */
    public DumpException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file or folder that could not be written, or null when the failure is not about one. */
    public Path file() {
        return file;
    }
}
