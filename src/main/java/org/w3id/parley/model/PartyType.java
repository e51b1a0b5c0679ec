package org.w3id.parley.model;

/**
 * The kind of a party; each is a subclass of parley:Party named like the code.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum PartyType implements Code {
    @Defined(code = "State")
    STATE,
    @Defined(code = "InternationalOrganization")
    INTERNATIONAL_ORGANIZATION,
    @Defined(code = "Group")
    GROUP
}
