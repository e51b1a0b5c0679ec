package org.w3id.parley;

/**
 * Base of every failure Parley reports, each message naming what was wrong:
 * <ul>
 *   <li>invalid input files or documents ({@link org.w3id.parley.json.InvalidInputException},
 *       every problem located by file, line, column and JSON pointer);</li>
 *   <li>malformed arguments ({@link InvalidArgumentException}): a record a builder refuses
 *       ({@link org.w3id.parley.model.InvalidRecordException}, naming record and field), a query
 *       that does not parse or is of the wrong form ({@link org.w3id.parley.query.InvalidQueryException}),
 *       an unknown catalog query ({@link org.w3id.parley.query.UnknownQueryException}), a bad
 *       query parameter ({@link org.w3id.parley.query.BadParameterException});</li>
 *   <li>a refused retraction ({@link org.w3id.parley.load.RetractException});</li>
 *   <li>a store or network failure ({@link org.w3id.parley.store.StoreException}, with the
 *       endpoint of a remote store; {@link org.w3id.parley.dump.DumpException} for dumps);</li>
 *   <li>an interrupted import ({@link org.w3id.parley.load.ImportInterruptedException}).</li>
 * </ul>
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
