package org.w3id.parley.model;

/**
 * How a source knows what it reports: on the record, by named attribution, from anonymous sources, as an analyst, or unattributed.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum ReportingBasis implements Code {
    ON_RECORD,
    NAMED_ATTRIBUTION,
    ANONYMOUS_SOURCES,
    ANALYST_ASSESSMENT,
    @Defined(term = "UnattributedReport", label = "unattributed report")
    UNATTRIBUTED
}
