package org.w3id.parley.query;

import org.w3id.parley.InvalidArgumentException;

import java.nio.file.Path;

/**
 * A query cannot be used: its SPARQL does not parse, it is of a form the method does not run
 * (an ASK given where a SELECT is expected), its catalog header is malformed, or its file
 * cannot be read. The message names the query (or file) and what is wrong.
 */
public class InvalidQueryException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;
    private final String query;
    private final transient Path file;

    /**
     * @param query   the query's name (a catalog name, a file name, or "query" for raw SPARQL)
     * @param message what is wrong, naming the query
     * @param cause   the parser's error, or null
     */
    public InvalidQueryException(String query, String message, Throwable cause) {
        this(query, null, message, cause);
    }

    /**
     * @param query   the query's name, or null when a whole folder is concerned
     * @param file    the file or folder read, or null
     * @param message what is wrong, naming the query or file
     * @param cause   the underlying error, or null
     */
    public InvalidQueryException(String query, Path file, String message, Throwable cause) {
        super(message, cause);
        this.query = query;
        this.file = file;
    }

    /** The query's name, or null when the failure concerns a whole catalog folder. */
    public String query() {
        return query;
    }

    /** The file or folder the query was read from, or null when it did not come from a file. */
    public Path file() {
        return file;
    }
}
