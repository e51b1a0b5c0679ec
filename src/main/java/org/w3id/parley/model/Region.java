package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A region at stake, with its identifiers and de jure country.
 *
 * @param id            slug
 * @param label         English name
 * @param altLabels     other names
 * @param iso3166_2     ISO 3166-2 subdivision code
 * @param wikidata      Wikidata QID
 * @param geonames      GeoNames ID (digits)
 * @param deJureCountry slug of the state the region belongs to under international law
 * @param partOf        slug of an enclosing region
 * @param regionType    kind of subdivision ("oblast", "autonomous republic")
 * @param note          a curator's note
 */
public record Region(String id, String label, List<String> altLabels, String iso3166_2, String wikidata, String geonames,
                     Slug deJureCountry, Slug partOf, String regionType, String note) {
    /** Validates every field. */
    public Region {
        slug(id, "id");
        required(label, "label");
        altLabels = strings(altLabels, "altLabels");
        FieldRules.iso3166_2(iso3166_2, "iso3166_2");
        qid(wikidata, "wikidata");
        if (geonames != null && !geonames.matches("[1-9][0-9]*"))
            throw new IllegalArgumentException("'geonames' = \"" + geonames + "\" is not a GeoNames ID (digits)");
        optionalSlug(deJureCountry, "deJureCountry");
        optionalSlug(partOf, "partOf");
        optional(regionType, "regionType");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Region}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Region, Builder> {
        private Builder() {
            super(Region.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Adds to {@code altLabels}. */
        public Builder altLabels(String... values) { return add("altLabels", values); }

        /** Sets {@code iso3166_2}. */
        public Builder iso3166_2(String value) { return set("iso3166_2", value); }

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) { return set("wikidata", value); }

        /** Sets {@code geonames}. */
        public Builder geonames(String value) { return set("geonames", value); }

        /** Sets {@code deJureCountry}. */
        public Builder deJureCountry(String value) { return set("deJureCountry", value); }

        /** Sets {@code partOf}. */
        public Builder partOf(String value) { return set("partOf", value); }

        /** Sets {@code regionType}. */
        public Builder regionType(String value) { return set("regionType", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
