package org.w3id.parley.store;

import org.w3id.parley.ParleyException;

/**
 * A store could not be opened, reached, read or written, or cannot do what was asked (a remote
 * store cannot be dumped); nothing was changed by the failed write. {@link #endpoint()} names
 * the remote endpoint concerned.
 */
public class StoreException extends ParleyException {
    private static final long serialVersionUID = 1L;
    private final String endpoint;

    /** With a message naming the store and what failed. */
    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** With a message naming the store and what failed. */
    public StoreException(String message) {
        this(message, null, null);
    }

    /**
     * With a message naming the store and what failed, and the remote endpoint concerned.
     *
     * @param message  what failed, naming the store
     * @param endpoint the endpoint URL as given (it may be malformed), or null for an embedded store
     * @param cause    the underlying failure, or null
     */
    public StoreException(String message, String endpoint, Throwable cause) {
        super(message, cause);
        this.endpoint = endpoint;
    }

    /** The remote endpoint concerned (the URL as given, even a malformed one), or null for an embedded store. */
    public String endpoint() {
        return endpoint;
    }
}
