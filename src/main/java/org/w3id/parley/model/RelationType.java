package org.w3id.parley.model;

/**
 * How a curator declares two terms related: one excludes, entails or refines the other, or they
 * are compatible.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here. Besides its concept, each relation has
 * the property that links the two terms directly, so that queries can follow a relation without
 * its node.
 */
public enum RelationType implements Code {
    EXCLUDES("excludes", "ExcludesRelation", "excludes", "excludes", true),
    ENTAILS("entails", "EntailsRelation", "entails", "entails", false),
    REFINES("refines", "RefinesRelation", "refines", "refines", false),
    COMPATIBLE("compatible", "CompatibleRelation", "compatible", "compatibleWith", true);

    private final Code.Definition definition;
    private final String property;
    private final boolean symmetric;

    RelationType(String code, String local, String label, String property, boolean symmetric) {
        this.definition = Code.Definition.of(code, local, label);
        this.property = NS + property;
        this.symmetric = symmetric;
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }

    /** The IRI of the property that links the two terms directly ({@code parley:excludes}). */
    public String property() {
        return property;
    }

    /** True when the relation holds both ways (excludes, compatible): it is written both ways. */
    public boolean symmetric() {
        return symmetric;
    }
}
