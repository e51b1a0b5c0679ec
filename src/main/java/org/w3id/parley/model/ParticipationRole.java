package org.w3id.parley.model;

/**
 * The role an agent plays at an event: host, mediator, head of delegation, delegate or observer.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ParticipationRole implements Code {
    HOST("host", "Host", "host"),
    MEDIATOR("mediator", "Mediator", "mediator"),
    HEAD_OF_DELEGATION("head-of-delegation", "HeadOfDelegation", "head of delegation"),
    DELEGATE("delegate", "Delegate", "delegate"),
    OBSERVER("observer", "Observer", "observer");

    private final Code.Definition definition;

    ParticipationRole(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
