package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.Check.*;

/**
 * An interpretation of the situation by an observer, a commentator or the source itself.
 *
 * @param id           slug
 * @param assessor     who assesses ({@code party/…} or {@code person/…}); absent means the source itself
 * @param statement    the assessment, in English
 * @param about        what it concerns
 * @param statedAt     slug of the event (statement, post, publication) where it was stated, if the source says
 * @param basis        reporting basis
 * @param attributedTo whom the source cites
 * @param confidence   how firmly the source says it
 * @param hedge        hedging words
 * @param quote        a verbatim quote
 * @param note         a curator's note
 */
public record Assessment(String id, String assessor, String statement, List<String> about, String statedAt, String basis,
                         String attributedTo, String confidence, String hedge, String quote,
                         String note) implements Reported {
    /** An assessment without the event it was stated at (the record as it was before {@code statedAt}). */
    public Assessment(String id, String assessor, String statement, List<String> about, String basis,
                      String attributedTo, String confidence, String hedge, String quote, String note) {
        this(id, assessor, statement, about, null, basis, attributedTo, confidence, hedge, quote, note);
    }

    /** Validates every field. */
    public Assessment {
        slug(id, "id");
        optionalRef(assessor, "assessor", Kinds.AGENTS);
        required(statement, "statement");
        optionalSlug(statedAt, "statedAt");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }
}
