package org.w3id.parley.query;

import org.w3id.parley.InvalidArgumentException;

/** No catalog query has the requested name. */
public class UnknownQueryException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the query. */
    public UnknownQueryException(String message) {
        super(message);
    }
}
