package org.w3id.parley.model;

/**
 * The kind of office a person's role is.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum RoleType implements Code {
    HEAD_OF_STATE("head-of-state", "HeadOfState", "head of state"),
    HEAD_OF_GOVERNMENT("head-of-government", "HeadOfGovernment", "head of government"),
    MINISTER("minister", "Minister", "minister"),
    ENVOY("envoy", "Envoy", "envoy"),
    SPOKESPERSON("spokesperson", "Spokesperson", "spokesperson"),
    OFFICIAL("official", "Official", "official"),
    COMMENTATOR("commentator", "CommentatorRole", "commentator");

    private final Code.Definition definition;

    RoleType(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
