package org.w3id.parley.model;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A place where events happen (a city), as opposed to a region at stake.
 *
 * @param id       slug
 * @param label    English name
 * @param wikidata Wikidata QID
 * @param country  slug of the state it lies in
 * @param note     a curator's note
 */
public record Place(String id, String label, String wikidata, String country, String note) {
    /** Validates every field. */
    public Place {
        slug(id, "id");
        required(label, "label");
        qid(wikidata, "wikidata");
        optionalSlug(country, "country");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Place}. */
    public static final class Builder {
        private String id;
        private String label;
        private String wikidata;
        private String country;
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

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) {
            this.wikidata = java.util.Objects.requireNonNull(value, "wikidata");
            return this;
        }

        /** Sets {@code country}. */
        public Builder country(String value) {
            this.country = java.util.Objects.requireNonNull(value, "country");
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
        public Place build() {
            return FieldRules.build("Place", () -> new Place(id, label, wikidata, country, note));
        }
    }
}
