package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * Something the source says is unknown or unclear: kept as a question, never turned into a fact.
 *
 * @param id           slug
 * @param question     the open question, in English
 * @param about        what it concerns
 * @param basis        reporting basis
 * @param attributedTo whom the source cites
 * @param confidence   how firmly the source says it
 * @param hedge        hedging words
 * @param quote        a verbatim quote
 * @param note         a curator's note
 */
public record OpenQuestion(String id, String question, List<Ref> about, String basis, Ref attributedTo,
                           String confidence, String hedge, String quote, String note) implements Reported {
    /** Validates every field. */
    public OpenQuestion {
        slug(id, "id");
        required(question, "question");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<OpenQuestion> builder() { return new RecordBuilder<>(OpenQuestion.class); }
}
