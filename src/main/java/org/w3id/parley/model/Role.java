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
public record Role(String id, String office, String roleType, String onBehalfOf, String connectedTo, String start,
                   String end, String note) {
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

    /** Builds a {@link Role}. */
    public static final class Builder {
        private String id;
        private String office;
        private String roleType;
        private String onBehalfOf;
        private String connectedTo;
        private String start;
        private String end;
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code office}. */
        public Builder office(String value) {
            this.office = java.util.Objects.requireNonNull(value, "office");
            return this;
        }

        /** Sets {@code roleType}. */
        public Builder roleType(String value) {
            this.roleType = java.util.Objects.requireNonNull(value, "roleType");
            return this;
        }

        /** Sets {@code onBehalfOf}. */
        public Builder onBehalfOf(String value) {
            this.onBehalfOf = java.util.Objects.requireNonNull(value, "onBehalfOf");
            return this;
        }

        /** Sets {@code connectedTo}. */
        public Builder connectedTo(String value) {
            this.connectedTo = java.util.Objects.requireNonNull(value, "connectedTo");
            return this;
        }

        /** Sets {@code start}. */
        public Builder start(String value) {
            this.start = java.util.Objects.requireNonNull(value, "start");
            return this;
        }

        /** Sets {@code end}. */
        public Builder end(String value) {
            this.end = java.util.Objects.requireNonNull(value, "end");
            return this;
        }

        /** Sets {@code note}. */
        public Builder note(String value) {
            this.note = java.util.Objects.requireNonNull(value, "note");
            return this;
        }

        /**
         * The record.
         *
         * @throws InvalidRecordException naming the record, the field and the rule broken
         */
        public Role build() {
            return FieldRules.build("Role", () -> new Role(id, office, roleType, onBehalfOf, connectedTo, start, end, note));
        }
    }
}
