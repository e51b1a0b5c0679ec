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
    @Defined(term = "ExcludesRelation")
    EXCLUDES("excludes", true),
    @Defined(term = "EntailsRelation")
    ENTAILS("entails", false),
    @Defined(term = "RefinesRelation")
    REFINES("refines", false),
    @Defined(term = "CompatibleRelation")
    COMPATIBLE("compatibleWith", true);

    private final String property;
    private final boolean symmetric;

    RelationType(String property, boolean symmetric) {
        this.property = NS + property;
        this.symmetric = symmetric;
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
