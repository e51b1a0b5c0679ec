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
                    Slug represents, String description, String note) {
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

    /** Builds a {@link Party}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Party, Builder> {
        private Builder() {
            super(Party.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code type}. */
        public Builder type(String value) { return set("type", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Adds to {@code altLabels}. */
        public Builder altLabels(String... values) { return add("altLabels", values); }

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) { return set("wikidata", value); }

        /** Sets {@code iso3166}. */
        public Builder iso3166(String value) { return set("iso3166", value); }

        /** Sets {@code represents}. */
        public Builder represents(String value) { return set("represents", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
