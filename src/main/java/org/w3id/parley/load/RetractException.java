package org.w3id.parley.load;

import org.w3id.parley.ParleyException;

/**
 * A retraction was refused and nothing was dropped: a source is not in the store, or records
 * that other graphs still refer to are defined only in the sources to retract.
 */
public class RetractException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /** With a message naming the sources and the rule. */
    public RetractException(String message) {
        super(message);
    }
}
