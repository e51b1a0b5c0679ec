package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.Check.*;

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
public record Option(String id, String issue, String label, String description, List<String> regions, String note) {
    /** Validates every field. */
    public Option {
        slug(id, "id");
        slug(issue, "issue");
        required(label, "label");
        optional(description, "description");
        regions = slugs(regions, "regions");
        optional(note, "note");
    }
}
