package org.w3id.parley.model;

import org.w3id.parley.InvalidArgumentException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record built in Java breaks a rule of the model: thrown by every builder's {@code build()},
 * naming the record type, the field and the rule ({@code Stance: 'position' = "loves" is not
 * one of [...]}). Files with the same mistake are reported as
 * {@link org.w3id.parley.json.InvalidInputException}s located by line, column and JSON pointer.
 */
public class InvalidRecordException extends InvalidArgumentException {
    private static final long serialVersionUID = 1L;
    /** A rule's message names its field first: {@code 'field' = …} or {@code 'field[2]' = …}. */
    private static final Pattern FIELD = Pattern.compile("'([A-Za-z0-9_]+)(?:\\[\\d+])?'");

    private final String record;
    private final String field;
    private final String rule;

    /**
     * @param record the record type ("Stance")
     * @param field  the field whose value breaks the rule, or null for a rule across fields
     * @param rule   the rule broken, naming the field and its value
     * @param cause  the record's own check, or null
     */
    public InvalidRecordException(String record, String field, String rule, Throwable cause) {
        super(record + ": " + rule, cause);
        this.record = record;
        this.field = field;
        this.rule = rule;
    }

    /** The record type whose builder refused the values ("Stance", "Document", …). */
    public String record() {
        return record;
    }

    /** The field whose value breaks the rule ("position"), or null for a rule across fields. */
    public String field() {
        return field;
    }

    /** The rule broken, without the record type: {@code 'position' = "loves" is not one of [...]}. */
    public String rule() {
        return rule;
    }

    /** Wraps a record's own check, taking the field from the start of its message. */
    static InvalidRecordException of(String record, IllegalArgumentException e) {
        String message = e.getMessage();
        Matcher m = FIELD.matcher(message == null ? "" : message);
        return new InvalidRecordException(record, m.lookingAt() ? m.group(1) : null, message, e);
    }
}
