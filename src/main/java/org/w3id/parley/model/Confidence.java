package org.w3id.parley.model;

/**
 * How firmly a source says what it reports.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum Confidence implements Code {
    STATED("stated", "Stated", "stated"),
    REPORTED("reported", "Reported", "reported"),
    SPECULATIVE("speculative", "Speculative", "speculative");

    private final Code.Definition definition;

    Confidence(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
