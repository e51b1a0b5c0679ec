package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A person, distinct from any party; what they say counts for a party through their roles.
 *
 * @param id          slug
 * @param label       name
 * @param wikidata    Wikidata QID, if any
 * @param description a short description
 * @param note        a curator's note
 * @param roles       the person's roles
 */
public record Person(String id, String label, String wikidata, String description, String note, List<Role> roles) {
    /** Validates every field. */
    public Person {
        slug(id, "id");
        required(label, "label");
        qid(wikidata, "wikidata");
        optional(description, "description");
        optional(note, "note");
        roles = list(roles, "roles");
    }

    /** True when every role of this person is a commentator's: the person is no party's voice. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean commentator() {
        return !roles.isEmpty() && roles.stream().allMatch(r -> r.roleType().equals("commentator"));
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}. */
    public static final class Builder {
        private String id;
        private String label;
        private String wikidata;
        private String description;
        private String note;
        private List<Role> roles = new java.util.ArrayList<>();

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

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) {
            this.wikidata = java.util.Objects.requireNonNull(value, "wikidata");
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = java.util.Objects.requireNonNull(value, "description");
            return this;
        }

        /** Sets {@code note}. */
        public Builder note(String value) {
            this.note = java.util.Objects.requireNonNull(value, "note");
            return this;
        }

        /** Adds to {@code roles}. */
        public Builder roles(Role... values) {
            for (Role v : values) this.roles.add(java.util.Objects.requireNonNull(v, "roles"));
            return this;
        }

        /**
         * The record.
         *
         * @throws InvalidRecordException naming the record, the field and the rule broken
         */
        public Person build() {
            return FieldRules.build("Person", () -> new Person(id, label, wikidata, description, note, roles));
        }
    }
}
