package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A constraint on a party, such as a constitutional ban on ceding territory.
 *
 * @param id             slug
 * @param label          English name
 * @param constrains     slug of the constrained party
 * @param constraintType legal, political or military
 * @param description    what it forbids or requires
 * @param about          what it concerns
 * @param basis          reporting basis
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record Constraint(String id, String label, String constrains, String constraintType, String description,
                         List<String> about, String basis, String attributedTo, String confidence, String hedge,
                         String quote, String note) implements Reported {
    /** Validates every field. */
    public Constraint {
        slug(id, "id");
        required(label, "label");
        slug(constrains, "constrains");
        code(constraintType, "constraintType", ConstraintType.class);
        optional(description, "description");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Constraint}. */
    public static final class Builder {
        private String id;
        private String label;
        private String constrains;
        private String constraintType;
        private String description;
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

        /** Sets {@code label}. */
        public Builder label(String value) {
            this.label = java.util.Objects.requireNonNull(value, "label");
            return this;
        }

        /** Sets {@code constrains}. */
        public Builder constrains(String value) {
            this.constrains = java.util.Objects.requireNonNull(value, "constrains");
            return this;
        }

        /** Sets {@code constraintType}. */
        public Builder constraintType(String value) {
            this.constraintType = java.util.Objects.requireNonNull(value, "constraintType");
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = java.util.Objects.requireNonNull(value, "description");
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
        public Constraint build() {
            return FieldRules.build("Constraint", () -> new Constraint(id, label, constrains, constraintType, description, about, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
