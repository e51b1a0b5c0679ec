package org.w3id.parley.model;

/**
 * The kind of a party; each is a subclass of parley:Party named like the code.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum PartyType implements Code {
    STATE("State", "State", "state"),
    INTERNATIONAL_ORGANIZATION("InternationalOrganization", "InternationalOrganization", "international organization"),
    GROUP("Group", "Group", "group");

    private final Code.Definition definition;

    PartyType(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
