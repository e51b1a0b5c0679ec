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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Person> builder() { return new RecordBuilder<>(Person.class); }
}
