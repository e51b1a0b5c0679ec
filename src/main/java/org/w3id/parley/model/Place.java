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
public record Place(String id, String label, String wikidata, Slug country, String note) {
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

    /** Builds a {@link Place}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Place, Builder> {
        private Builder() {
            super(Place.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) { return set("wikidata", value); }

        /** Sets {@code country}. */
        public Builder country(String value) { return set("country", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
