package org.w3id.parley.model;

/**
 * The role an agent plays at an event: host, mediator, head of delegation, delegate or observer.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ParticipationRole implements Code {
    HOST,
    MEDIATOR,
    HEAD_OF_DELEGATION,
    DELEGATE,
    OBSERVER
}
