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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Place> builder() { return new RecordBuilder<>(Place.class); }
}
