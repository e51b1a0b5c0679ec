package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A possible outcome of an issue ("Russia's control over Crimea recognised").
 *
 * @param id          slug
 * @param issue       slug of the issue
 * @param label       English name
 * @param description what the option means
 * @param regions     slugs of the regions it concerns
 * @param note        a curator's note
 */
public record Option(String id, String issue, String label, String description, List<String> regions, String note) {
    /** Validates every field. */
    public Option {
        slug(id, "id");
        slug(issue, "issue");
        required(label, "label");
        optional(description, "description");
        regions = slugs(regions, "regions");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Option}. */
    public static final class Builder {
        private String id;
        private String issue;
        private String label;
        private String description;
        private List<String> regions = new java.util.ArrayList<>();
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code issue}. */
        public Builder issue(String value) {
            this.issue = java.util.Objects.requireNonNull(value, "issue");
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

        /** Adds to {@code regions}. */
        public Builder regions(String... values) {
            for (String v : values) this.regions.add(java.util.Objects.requireNonNull(v, "regions"));
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
        public Option build() {
            return FieldRules.build("Option", () -> new Option(id, issue, label, description, regions, note));
        }
    }
}
