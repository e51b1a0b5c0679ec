package org.w3id.parley.model;

/**
 * Whether an event is planned, held, ongoing, or of unknown status.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum EventStatus implements Code {
    PLANNED("planned", "Planned", "planned"),
    HELD("held", "Held", "held"),
    ONGOING("ongoing", "Ongoing", "ongoing"),
    UNKNOWN("unknown", "StatusUnknown", "status unknown");

    private final Code.Definition definition;

    EventStatus(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
