package org.w3id.parley.model;

import static org.w3id.parley.model.Check.*;

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
}
