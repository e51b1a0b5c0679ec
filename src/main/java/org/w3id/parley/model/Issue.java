package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * An issue at stake in a negotiation (the status of Crimea, the line of contact).
 *
 * @param id            slug
 * @param label         English name
 * @param description   what the issue is about
 * @param paxCategories slugs of the PA-X provision categories it corresponds to
 * @param note          a curator's note (for example on how closely a PA-X category fits)
 */
public record Issue(String id, String label, String description, List<String> paxCategories, String note) {
    /** Validates every field. */
    public Issue {
        slug(id, "id");
        required(label, "label");
        optional(description, "description");
        paxCategories = slugs(paxCategories, "paxCategories");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Issue}. */
    public static final class Builder {
        private String id;
        private String label;
        private String description;
        private List<String> paxCategories = new java.util.ArrayList<>();
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

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = java.util.Objects.requireNonNull(value, "description");
            return this;
        }

        /** Adds to {@code paxCategories}. */
        public Builder paxCategories(String... values) {
            for (String v : values) this.paxCategories.add(java.util.Objects.requireNonNull(v, "paxCategories"));
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
        public Issue build() {
            return FieldRules.build("Issue", () -> new Issue(id, label, description, paxCategories, note));
        }
    }
}
