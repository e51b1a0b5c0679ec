package org.w3id.parley.model;

/**
 * What a party says of a record: it confirms it, denies it, or does not confirm it.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ConfirmationStatus implements Code {
    CONFIRMED,
    DENIED,
    NOT_CONFIRMED
}
