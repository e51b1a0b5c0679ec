package org.w3id.parley.model;

/**
 * The kind of a constraint: legal, political or military.
 *
 * <p>The code list defined once (see {@link Code}). The ontology has no concepts for it:
 * {@code parley:constraintType} holds the code as a plain string, so {@link #term()} is null.
 */
@Code.PlainStrings
public enum ConstraintType implements Code {
    LEGAL,
    POLITICAL,
    MILITARY
}
