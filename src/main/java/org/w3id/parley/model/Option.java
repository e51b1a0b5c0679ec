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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Option}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Option, Builder> {
        private Builder() {
            super(Option.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code issue}. */
        public Builder issue(String value) { return set("issue", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Adds to {@code regions}. */
        public Builder regions(String... values) { return add("regions", values); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
