package org.w3id.parley.model;

/**
 * What a party says of a record: it confirms it, denies it, or does not confirm it.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ConfirmationStatus implements Code {
    CONFIRMED("confirmed", "Confirmed", "confirmed"),
    DENIED("denied", "Denied", "denied"),
    NOT_CONFIRMED("not-confirmed", "NotConfirmed", "not confirmed");

    private final Code.Definition definition;

    ConfirmationStatus(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
