package org.w3id.parley.model;

import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * Someone's part in an event: attended, authored, expected, scheduled, withdrawn or invited.
 *
 * @param agent  {@code person/…} or {@code party/…}
 * @param status attended, authored (made the statement, post or publication the event is), expected,
 *               scheduled, withdrawn or invited
 * @param note   a curator's note
 */
public record Participant(String agent, String status, String note) {
    /** Participation statuses. */
    public static final Set<String> STATUSES = Set.of("attended", "authored", "expected", "scheduled", "withdrawn",
            "invited");

    /** Validates every field. */
    public Participant {
        ref(agent, "agent", Kinds.AGENTS);
        code(status, "status", STATUSES);
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
            return Check.build("Participant", () -> new Participant(agent, status, note));
        }
    }
}
