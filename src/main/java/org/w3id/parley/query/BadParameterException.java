package org.w3id.parley.query;

import org.w3id.parley.InvalidArgumentException;

/** A query parameter's value is malformed or names nothing in the store; the message names the parameter. */
public class BadParameterException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the parameter, the value and the rule. */
    public BadParameterException(String message) {
        super(message);
    }
}
