package org.w3id.parley.model;

import static org.w3id.parley.model.FieldRules.*;

/**
 * How a source reports an assertion: its reporting basis, whom it cites, how firmly it says
 * it, the source's own hedging words, a verbatim quote and a curator's note.
 *
 * @param basis        on-record, named-attribution, anonymous-sources, analyst-assessment or unattributed
 * @param attributedTo whom the source cites, as {@code party/slug} or {@code person/slug}; may be null
 * @param confidence   stated (the default), reported or speculative
 * @param hedge        the source's own hedging words, verbatim; may be null
 * @param quote        a verbatim quote; may be null
 * @param note         a curator's note; may be null
 */
public record Provenance(String basis, Ref attributedTo, String confidence, String hedge, String quote, String note) {
    /** Validates every field. */
    public Provenance {
        code(basis, "basis", ReportingBasis.class);
        optionalRef(attributedTo, "attributedTo", Kinds.AGENTS);
        confidence = confidence == null ? Confidence.STATED.code() : code(confidence, "confidence", Confidence.class);
        optional(hedge, "hedge");
        optional(quote, "quote");
        optional(note, "note");
    }
}
