package org.w3id.parley.model;


import static org.w3id.parley.model.FieldRules.*;

/**
 * A time-bounded role of a person: an office, and the party the person acts for in it.
 *
 * @param id         slug
 * @param office     the office as an English label ("President of Ukraine")
 * @param roleType   head-of-state, head-of-government, minister, envoy, spokesperson, official or commentator
 * @param onBehalfOf slug of the party represented; null for commentators
 * @param connectedTo slug of a party the person is connected to without acting for it ("Kremlin-connected
 *                   columnist"); allowed for any role type, and for a commentator the only party link
 * @param start      first day in the role, if known
 * @param end        last day in the role, if it has ended
 * @param note       a curator's note
 */
public record Role(String id, String office, String roleType, Slug onBehalfOf, Slug connectedTo, PartialDate start,
                   PartialDate end, String note) {
    /** Validates every field. */
    public Role {
        slug(id, "id");
        required(office, "office");
        code(roleType, "roleType", RoleType.class);
        optionalSlug(onBehalfOf, "onBehalfOf");
        optionalSlug(connectedTo, "connectedTo");
        date(start, "start");
        date(end, "end");
        range(start, "start", end, "end");
        optional(note, "note");
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Role> builder() { return new RecordBuilder<>(Role.class); }
}
