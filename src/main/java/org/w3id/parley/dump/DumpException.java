package org.w3id.parley.dump;

import org.w3id.parley.store.StoreException;

/** A dump could not be read from the store or written out (exit code 3 on the command line). */
public class DumpException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the file or store and what failed. */
    public DumpException(String message, Throwable cause) {
        super(message, cause);
    }
}
