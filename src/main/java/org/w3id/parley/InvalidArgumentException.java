package org.w3id.parley;

/**
 * A value given to Parley is malformed or names nothing: a query that does not parse
 * ({@link org.w3id.parley.query.InvalidQueryException}), an unknown catalog query
 * ({@link org.w3id.parley.query.UnknownQueryException}), a bad query parameter
 * ({@link org.w3id.parley.query.BadParameterException}), a record field that breaks a rule
 * ({@link org.w3id.parley.model.InvalidRecordException}), or a malformed ID such as a source ID
 * that is not a slug. The command line reports these as usage errors (exit code 1).
 */
public class InvalidArgumentException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the value and the rule it breaks. */
    public InvalidArgumentException(String message) {
        super(message);
    }

    /** With a message naming the value and the rule it breaks, and its cause. */
    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
