package org.w3id.parley.model;

/**
 * The kind of a constraint: legal, political or military.
 *
 * <p>The code list defined once (see {@link Code}). The ontology has no concepts for it:
 * {@code parley:constraintType} holds the code as a plain string, so {@link #term()} is null.
 */
public enum ConstraintType implements Code {
    LEGAL("legal"),
    POLITICAL("political"),
    MILITARY("military");

    private final Code.Definition definition;

    ConstraintType(String code) {
        // The code is its own label: the graph holds it as written.
        definition = new Code.Definition(code, null, code);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
