package org.w3id.parley.model;

/**
 * How a source knows what it reports: on the record, by named attribution, from anonymous sources, as an analyst, or unattributed.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ReportingBasis implements Code {
    ON_RECORD("on-record", "OnRecord", "on record"),
    NAMED_ATTRIBUTION("named-attribution", "NamedAttribution", "named attribution"),
    ANONYMOUS_SOURCES("anonymous-sources", "AnonymousSources", "anonymous sources"),
    ANALYST_ASSESSMENT("analyst-assessment", "AnalystAssessment", "analyst assessment"),
    UNATTRIBUTED("unattributed", "UnattributedReport", "unattributed report");

    private final Code.Definition definition;

    ReportingBasis(String code, String local, String label) {
        definition = Code.Definition.of(code, local, label);
    }

    @Override
    public Code.Definition definition() {
        return definition;
    }
}
