package org.w3id.parley.load;

import org.w3id.parley.ParleyException;

/**
 * The thread running an import or a validation was interrupted, and the work stopped: nothing
 * was written (an import into a transactional store is rolled back). The thread's interrupt
 * flag stays set.
 */
public class ImportInterruptedException extends ParleyException {
    private static final long serialVersionUID = 1L;

    /** With a message saying what was interrupted, and the interruption. */
    public ImportInterruptedException(String message, InterruptedException cause) {
        super(message, cause);
    }
}
