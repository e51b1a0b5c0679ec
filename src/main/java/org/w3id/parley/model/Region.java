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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Region> builder() { return new RecordBuilder<>(Region.class); }
}
