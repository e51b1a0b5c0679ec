package org.w3id.parley.model;

/**
 * A stance's position, on the ontology's ordered scale from supports to red line.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum Position implements Code {
    SUPPORTS("supports", "Supports", "supports"),
    ACCEPTS_CONDITIONALLY("accepts-conditionally", "AcceptsConditionally", "accepts conditionally"),
    OPEN_TO("open-to", "OpenTo", "open to"),
    AMBIGUOUS("ambiguous", "Ambiguous", "ambiguous"),
    SCEPTICAL("sceptical", "Sceptical", "sceptical"),
    OPPOSES("opposes", "Opposes", "opposes"),
    RED_LINE("red-line", "RedLine", "red line");

    private final Code.Definition definition;

    Position(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
