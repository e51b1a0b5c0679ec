package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A party: a state, an international organisation, or a group (an unnamed collective such as
 * "European officials" or "sources familiar with the talks").
 *
 * @param id          slug
 * @param type        State, InternationalOrganization or Group
 * @param label       English name
 * @param altLabels   other names
 * @param wikidata    Wikidata QID, if any
 * @param iso3166     ISO 3166-1 alpha-2 code of a state
 * @param represents  slug of the party a group belongs to or speaks for
 * @param description a short description
 * @param note        a curator's note
 */
public record Party(String id, String type, String label, List<String> altLabels, String wikidata, String iso3166,
                    String represents, String description, String note) {
    /** Validates every field. */
    public Party {
        slug(id, "id");
        code(type, "type", PartyType.class);
        required(label, "label");
        altLabels = strings(altLabels, "altLabels");
        qid(wikidata, "wikidata");
        FieldRules.iso3166(iso3166, "iso3166");
        optionalSlug(represents, "represents");
        optional(description, "description");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Party}. */
    public static final class Builder {
        private String id;
        private String type;
        private String label;
        private List<String> altLabels = new java.util.ArrayList<>();
        private String wikidata;
        private String iso3166;
        private String represents;
        private String description;
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = java.util.Objects.requireNonNull(value, "type");
            return this;
        }

        /** Sets {@code label}. */
        public Builder label(String value) {
            this.label = java.util.Objects.requireNonNull(value, "label");
            return this;
        }

        /** Adds to {@code altLabels}. */
        public Builder altLabels(String... values) {
            for (String v : values) this.altLabels.add(java.util.Objects.requireNonNull(v, "altLabels"));
            return this;
        }

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) {
            this.wikidata = java.util.Objects.requireNonNull(value, "wikidata");
            return this;
        }

        /** Sets {@code iso3166}. */
        public Builder iso3166(String value) {
            this.iso3166 = java.util.Objects.requireNonNull(value, "iso3166");
            return this;
        }

        /** Sets {@code represents}. */
        public Builder represents(String value) {
            this.represents = java.util.Objects.requireNonNull(value, "represents");
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = java.util.Objects.requireNonNull(value, "description");
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
        public Party build() {
            return FieldRules.build("Party", () -> new Party(id, type, label, altLabels, wikidata, iso3166, represents, description, note));
        }
    }
}
