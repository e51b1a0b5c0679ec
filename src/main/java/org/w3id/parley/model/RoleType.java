package org.w3id.parley.model;

/**
 * The kind of office a person's role is.
 *
 * <p>The code list defined once (see {@link Code}); what each value means is the ontology's
 * {@code skos:definition} of its term, not repeated here.
 */
public enum RoleType implements Code {
    HEAD_OF_STATE,
    HEAD_OF_GOVERNMENT,
    MINISTER,
    ENVOY,
    SPOKESPERSON,
    OFFICIAL,
    @Defined(term = "CommentatorRole")
    COMMENTATOR
}
