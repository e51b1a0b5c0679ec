package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * An issue at stake in a negotiation (the status of Crimea, the line of contact).
 *
 * @param id            slug
 * @param label         English name
 * @param description   what the issue is about
 * @param paxCategories slugs of the PA-X provision categories it corresponds to
 * @param note          a curator's note (for example on how closely a PA-X category fits)
 */
public record Issue(String id, String label, String description, List<String> paxCategories, String note) {
    /** Validates every field. */
    public Issue {
        slug(id, "id");
        required(label, "label");
        optional(description, "description");
        paxCategories = slugs(paxCategories, "paxCategories");
        optional(note, "note");
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Issue> builder() { return new RecordBuilder<>(Issue.class); }
}
