package org.w3id.parley.model;

/**
 * Whether an event is planned, held, ongoing, or of unknown status.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum EventStatus implements Code {
    PLANNED,
    HELD,
    ONGOING,
    @Defined(term = "StatusUnknown", label = "status unknown")
    UNKNOWN
}
