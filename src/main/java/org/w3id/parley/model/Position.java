package org.w3id.parley.model;

/**
 * A stance's position, on the ontology's ordered scale from supports to red line.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum Position implements Code {
    SUPPORTS,
    ACCEPTS_CONDITIONALLY,
    OPEN_TO,
    AMBIGUOUS,
    SCEPTICAL,
    OPPOSES,
    RED_LINE
}
