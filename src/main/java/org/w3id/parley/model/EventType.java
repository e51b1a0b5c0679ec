package org.w3id.parley.model;

/**
 * The kind of an event; each is a subclass of parley:Event whose skos:notation is the code.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum EventType implements Code {
    MEETING,
    VISIT,
    STATEMENT,
    SOCIAL_MEDIA_POST,
    COMMUNICATION,
    PUBLICATION,
    MILITARY_OPERATION,
    NEGOTIATION
}
