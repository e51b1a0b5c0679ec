package org.w3id.parley.model;

/** A record that a source reports, with the fields of a {@link Provenance}. */
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
