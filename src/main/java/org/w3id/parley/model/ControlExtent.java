package org.w3id.parley.model;

/**
 * How much of a region a control claim says is controlled.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ControlExtent implements Code {
    FULL("full", "FullControl", "full control"),
    PARTIAL("partial", "PartialControl", "partial control"),
    UNKNOWN("unknown", "UnknownExtent", "unknown extent");

    private final Code.Definition definition;

    ControlExtent(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
