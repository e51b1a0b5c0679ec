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

    /** Builds a {@link Person}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Person, Builder> {
        private Builder() {
            super(Person.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code wikidata}. */
        public Builder wikidata(String value) { return set("wikidata", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }

        /** Adds to {@code roles}. */
        public Builder roles(Role... values) { return add("roles", values); }
    }
}
