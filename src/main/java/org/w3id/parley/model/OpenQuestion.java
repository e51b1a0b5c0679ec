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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link OpenQuestion}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<OpenQuestion, Builder> {
        private Builder() {
            super(OpenQuestion.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code question}. */
        public Builder question(String value) { return set("question", value); }

        /** Adds to {@code about}. */
        public Builder about(String... values) { return add("about", values); }
    }
}
