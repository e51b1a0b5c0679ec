package org.w3id.parley.model;

/**
 * How an agent takes part in an event: attended, expected, withdrew, declined, …
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ParticipationStatus implements Code {
    ATTENDED("attended", "Attended", "attended"),
    AUTHORED("authored", "Authored", "authored"),
    EXPECTED("expected", "Expected", "expected"),
    SCHEDULED("scheduled", "Scheduled", "scheduled"),
    WITHDRAWN("withdrawn", "WithdrewParticipation", "withdrew"),
    INVITED("invited", "Invited", "invited"),
    ABSENT("absent", "Absent", "absent"),
    DECLINED("declined", "Declined", "declined");

    private final Code.Definition definition;

    ParticipationStatus(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
