package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

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
public record Assessment(String id, Ref assessor, String statement, List<Ref> about, Slug statedAt, String basis,
                         Ref attributedTo, String confidence, String hedge, String quote,
                         String note) implements Reported {
    /** Validates every field. */
    public Assessment {
        slug(id, "id");
        optionalRef(assessor, "assessor", Kinds.AGENTS);
        required(statement, "statement");
        optionalSlug(statedAt, "statedAt");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Assessment> builder() { return new RecordBuilder<>(Assessment.class); }
}
