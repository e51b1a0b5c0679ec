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
public record OpenQuestion(String id, String question, List<String> about, String basis, String attributedTo,
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

    /** Builds a {@link OpenQuestion}. */
    public static final class Builder {
        private String id;
        private String question;
        private List<String> about = new java.util.ArrayList<>();
        private String basis;
        private String attributedTo;
        private String confidence;
        private String hedge;
        private String quote;
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code question}. */
        public Builder question(String value) {
            this.question = java.util.Objects.requireNonNull(value, "question");
            return this;
        }

        /** Adds to {@code about}. */
        public Builder about(String... values) {
            for (String v : values) this.about.add(java.util.Objects.requireNonNull(v, "about"));
            return this;
        }

        /** Sets {@code basis}. */
        public Builder basis(String value) {
            this.basis = java.util.Objects.requireNonNull(value, "basis");
            return this;
        }

        /** Sets {@code attributedTo}. */
        public Builder attributedTo(String value) {
            this.attributedTo = java.util.Objects.requireNonNull(value, "attributedTo");
            return this;
        }

        /** Sets {@code confidence}. */
        public Builder confidence(String value) {
            this.confidence = java.util.Objects.requireNonNull(value, "confidence");
            return this;
        }

        /** Sets {@code hedge}. */
        public Builder hedge(String value) {
            this.hedge = java.util.Objects.requireNonNull(value, "hedge");
            return this;
        }

        /** Sets {@code quote}. */
        public Builder quote(String value) {
            this.quote = java.util.Objects.requireNonNull(value, "quote");
            return this;
        }

        /** Sets {@code note}. */
        public Builder note(String value) {
            this.note = java.util.Objects.requireNonNull(value, "note");
            return this;
        }

        /**
         * The record.
         *
         * @throws InvalidRecordException naming the record, the field and the rule broken
         */
        public OpenQuestion build() {
            return FieldRules.build("OpenQuestion", () -> new OpenQuestion(id, question, about, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
