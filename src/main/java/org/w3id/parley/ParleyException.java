package org.w3id.parley;

/**
 * Base of every failure Parley reports: invalid input
 * ({@link org.w3id.parley.json.InvalidInputException}), a store or network failure
 * ({@link org.w3id.parley.store.StoreException}), an unknown catalog query
 * ({@link org.w3id.parley.query.UnknownQueryException}) or a bad query parameter
 * ({@link org.w3id.parley.query.BadParameterException}). Each message names what was wrong.
 */
public class ParleyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With a message naming what was wrong. */
    public ParleyException(String message) {
        super(message);
    }

    /** With a message naming what was wrong, and its cause. */
    public ParleyException(String message, Throwable cause) {
        super(message, cause);
    }
}
