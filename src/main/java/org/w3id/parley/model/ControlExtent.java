package org.w3id.parley.model;

/**
 * How much of a region a control claim says is controlled.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ControlExtent implements Code {
    @Defined(term = "FullControl", label = "full control")
    FULL,
    @Defined(term = "PartialControl", label = "partial control")
    PARTIAL,
    @Defined(term = "UnknownExtent", label = "unknown extent")
    UNKNOWN
}
