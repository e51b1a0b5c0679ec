package org.w3id.parley.model;


import static org.w3id.parley.model.FieldRules.*;

/**
 * Whether a named party or person confirmed, denied or did not confirm a reported record
 * ("Russia did not confirm that account"), as a source reports it.
 *
 * @param id           slug
 * @param record       the record concerned, {@code kind/slug}: any record an event or assessment can be
 *                     about ({@link Kinds#CONFIRMABLE}); neither a term relation nor another confirmation
 * @param by           who confirmed, denied or did not confirm it: {@code party/…} or {@code person/…}
 * @param status       confirmed, denied or not-confirmed
 * @param basis        reporting basis (see {@link Provenance})
 * @param attributedTo whom the source cites
 * @param confidence   how firmly the source says it
 * @param hedge        hedging words
 * @param quote        a verbatim quote
 * @param note         a curator's note
 */
public record Confirmation(String id, String record, String by, String status, String basis, String attributedTo,
                           String confidence, String hedge, String quote, String note) implements Reported {
    /** Validates every field. */
    public Confirmation {
        slug(id, "id");
        ref(record, "record", Kinds.CONFIRMABLE);
        ref(by, "by", Kinds.AGENTS);
        code(status, "status", ConfirmationStatus.class);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Confirmation}. */
    public static final class Builder {
        private String id;
        private String record;
        private String by;
        private String status;
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

        /** Sets {@code record}. */
        public Builder record(String value) {
            this.record = java.util.Objects.requireNonNull(value, "record");
            return this;
        }

        /** Sets {@code by}. */
        public Builder by(String value) {
            this.by = java.util.Objects.requireNonNull(value, "by");
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(String value) {
            this.status = java.util.Objects.requireNonNull(value, "status");
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
        public Confirmation build() {
            return FieldRules.build("Confirmation", () -> new Confirmation(id, record, by, status, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
