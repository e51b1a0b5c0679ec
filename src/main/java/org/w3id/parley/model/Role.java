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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Role}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Role, Builder> {
        private Builder() {
            super(Role.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code office}. */
        public Builder office(String value) { return set("office", value); }

        /** Sets {@code roleType}. */
        public Builder roleType(String value) { return set("roleType", value); }

        /** Sets {@code onBehalfOf}. */
        public Builder onBehalfOf(String value) { return set("onBehalfOf", value); }

        /** Sets {@code connectedTo}. */
        public Builder connectedTo(String value) { return set("connectedTo", value); }

        /** Sets {@code start}. */
        public Builder start(String value) { return set("start", value); }

        /** Sets {@code end}. */
        public Builder end(String value) { return set("end", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
