package org.w3id.parley.model;

/**
 * The kind of a proposal: a plain proposal, or one of the subclasses parley:Demand and parley:Request.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ProposalType implements Code {
    PROPOSAL("proposal", "Proposal", "proposal"),
    DEMAND("demand", "Demand", "demand"),
    REQUEST("request", "Request", "request");

    private final Code.Definition definition;

    ProposalType(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
