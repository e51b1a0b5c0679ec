package org.w3id.parley.model;

/**
 * A proposal's status: floated, tentative, formal, withdrawn or agreed.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ProposalStatus implements Code {
    FLOATED("floated", "Floated", "floated"),
    TENTATIVE("tentative", "Tentative", "tentative"),
    FORMAL("formal", "Formal", "formal"),
    WITHDRAWN("withdrawn", "Withdrawn", "withdrawn"),
    AGREED("agreed", "Agreed", "agreed");

    private final Code.Definition definition;

    ProposalStatus(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
