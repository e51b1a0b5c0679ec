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
                     String deJureCountry, String partOf, String regionType, String note) {
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

    /** Builds a {@link Region}. */
    public static final class Builder {
        private String id;
        private String label;
        private List<String> altLabels = new java.util.ArrayList<>();
        private String iso3166_2;
        private String wikidata;
        private String geonames;
        private String deJureCountry;
        private String partOf;
        private String regionType;
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

        /** Adds to {@code altLabels}. */
        public Builder altLabels(String... values) {
            for (String v : values) this.altLabels.add(java.util.Objects.requireNonNull(v, "altLabels"));
            return this;
        }

        /** Sets {@code iso3166_2}. */
        public Builder iso3166_2(String value) {
            this.iso3166_2 = java.util.Objects.requireNonNull(value, "iso3166_2");
            return this;
        }

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) {
            this.wikidata = java.util.Objects.requireNonNull(value, "wikidata");
            return this;
        }

        /** Sets {@code geonames}. */
        public Builder geonames(String value) {
            this.geonames = java.util.Objects.requireNonNull(value, "geonames");
            return this;
        }

        /** Sets {@code deJureCountry}. */
        public Builder deJureCountry(String value) {
            this.deJureCountry = java.util.Objects.requireNonNull(value, "deJureCountry");
            return this;
        }

        /** Sets {@code partOf}. */
        public Builder partOf(String value) {
            this.partOf = java.util.Objects.requireNonNull(value, "partOf");
            return this;
        }

        /** Sets {@code regionType}. */
        public Builder regionType(String value) {
            this.regionType = java.util.Objects.requireNonNull(value, "regionType");
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
        public Region build() {
            return FieldRules.build("Region", () -> new Region(id, label, altLabels, iso3166_2, wikidata, geonames, deJureCountry, partOf, regionType, note));
        }
    }
}
