package org.w3id.parley.cli;

/** The command line asked for something impossible; exit code 1. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
