package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A possible outcome of an issue ("Russia's control over Crimea recognised").
 *
 * @param id          slug
 * @param issue       slug of the issue
 * @param label       English name
 * @param description what the option means
 * @param regions     slugs of the regions it concerns
 * @param note        a curator's note
 */
public record Option(String id, Slug issue, String label, String description, List<Slug> regions, String note) {
    /** Validates every field. */
    public Option {
        slug(id, "id");
        slug(issue, "issue");
        required(label, "label");
        optional(description, "description");
        regions = refs(regions, "regions");
        optional(note, "note");
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Option> builder() { return new RecordBuilder<>(Option.class); }
}
