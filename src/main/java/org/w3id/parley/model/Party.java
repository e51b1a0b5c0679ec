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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Party> builder() { return new RecordBuilder<>(Party.class); }
}
