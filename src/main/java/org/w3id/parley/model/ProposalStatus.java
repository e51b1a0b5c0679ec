package org.w3id.parley.model;

/**
 * A proposal's status: floated, tentative, formal, withdrawn or agreed.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ProposalStatus implements Code {
    FLOATED,
    TENTATIVE,
    FORMAL,
    WITHDRAWN,
    AGREED
}
