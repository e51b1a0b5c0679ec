package org.w3id.parley.model;

/**
 * How an agent takes part in an event: attended, expected, withdrew, declined, …
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ParticipationStatus implements Code {
    ATTENDED,
    AUTHORED,
    EXPECTED,
    SCHEDULED,
    @Defined(term = "WithdrewParticipation", label = "withdrew")
    WITHDRAWN,
    INVITED,
    ABSENT,
    DECLINED
}
