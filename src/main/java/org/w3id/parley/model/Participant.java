package org.w3id.parley.model;


import static org.w3id.parley.model.FieldRules.*;

/**
 * Someone's part in an event: attended, authored, expected, scheduled, withdrawn, invited, absent
 * or declined, and in which role and for whom.
 *
 * <p>Once an event is held, {@code invited} and {@code expected} are not for someone who did not
 * come: that is {@code absent} ("Putin did not travel").
 *
 * @param agent      {@code person/…} or {@code party/…}
 * @param status     attended, authored (made the statement, post or publication the event is), expected,
 *                   scheduled, withdrawn (withdrew after agreeing), invited (an invitation still open), absent
 *                   (invited or challenged to come, but did not) or declined (said no in advance)
 * @param role       host, mediator, head-of-delegation, delegate or observer, if the source says
 * @param onBehalfOf slug of the party whose delegation the agent belongs to at this event
 * @param note       a curator's note
 */
public record Participant(String agent, String status, String role, String onBehalfOf, String note) {
    /** Validates every field. */
    public Participant {
        ref(agent, "agent", Kinds.AGENTS);
        code(status, "status", ParticipationStatus.class);
        optionalCode(role, "role", ParticipationRole.class);
        optionalSlug(onBehalfOf, "onBehalfOf");
        optional(note, "note");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Participant}. */
    public static final class Builder {
        private String agent;
        private String status;
        private String role;
        private String onBehalfOf;
        private String note;

        private Builder() {}

        /** Sets {@code agent}. */
        public Builder agent(String value) {
            this.agent = java.util.Objects.requireNonNull(value, "agent");
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(String value) {
            this.status = java.util.Objects.requireNonNull(value, "status");
            return this;
        }

        /** Sets {@code role}. */
        public Builder role(String value) {
            this.role = java.util.Objects.requireNonNull(value, "role");
            return this;
        }

        /** Sets {@code onBehalfOf}. */
        public Builder onBehalfOf(String value) {
            this.onBehalfOf = java.util.Objects.requireNonNull(value, "onBehalfOf");
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
        public Participant build() {
            return FieldRules.build("Participant", () -> new Participant(agent, status, role, onBehalfOf, note));
        }
    }
}
