package org.w3id.parley.model;

/**
 * How firmly a source says what it reports.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum Confidence implements Code {
    STATED,
    REPORTED,
    SPECULATIVE
}
