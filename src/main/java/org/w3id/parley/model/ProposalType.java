package org.w3id.parley.model;

/**
 * The kind of a proposal: a plain proposal, or one of the subclasses parley:Demand and parley:Request.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ProposalType implements Code {
    PROPOSAL,
    DEMAND,
    REQUEST
}
