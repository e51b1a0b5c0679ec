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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Issue}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Issue, Builder> {
        private Builder() {
            super(Issue.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Adds to {@code paxCategories}. */
        public Builder paxCategories(String... values) { return add("paxCategories", values); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
