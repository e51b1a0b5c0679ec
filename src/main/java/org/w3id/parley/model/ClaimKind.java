package org.w3id.parley.model;

/**
 * Whether a control claim is claimed by a party, assessed independently, or reported by the source (the ISW distinction).
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ClaimKind implements Code {
    CLAIMED,
    ASSESSED,
    @Defined(term = "ReportedBySource")
    REPORTED
}
