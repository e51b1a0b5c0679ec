package org.w3id.parley.model;

/**
 * A record that a source reports, with the fields of a {@link Provenance}.
 *
 * <p>The six fields are components of each such record rather than one nested provenance
 * component, because the input writes them flat, beside the record's own fields, and Jackson
 * (2.20) binds a flattened ({@code @JsonUnwrapped}) creator component only by giving up
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} for the whole object: a misspelt property would be dropped
 * silently instead of reported. What they share is here instead: this interface, {@link
 * #provenance()} and {@link Provenance}'s checks.
 */
public interface Reported {
    /** Slug of the record. */
    String id();
    /** Reporting basis. */
    String basis();
    /** Whom the source cites, or null. */
    Ref attributedTo();
    /** stated, reported or speculative. */
    String confidence();
    /** Hedging words, or null. */
    String hedge();
    /** Verbatim quote, or null. */
    String quote();
    /** Curator's note, or null. */
    String note();

    /** The provenance fields as one value. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    default Provenance provenance() {
        return new Provenance(basis(), attributedTo(), confidence(), hedge(), quote(), note());
    }
}
