package org.w3id.parley.store;

import org.w3id.parley.ParleyException;

/** A store could not be opened, read or written; nothing was changed by the failed write. */
public class StoreException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the store and what failed. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a message naming the store and what failed. */
    public StoreException(String message) {
        super(message);
    }
}
