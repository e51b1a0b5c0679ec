package org.w3id.parley.model;

import static org.w3id.parley.model.FieldRules.*;

/**
 * What a provision binds one party to do.
 *
 * @param party      slug of the bound party
 * @param obligation what it must do, in English
 */
public record Obligation(String party, String obligation) {
    /** Validates every field. */
    public Obligation {
        slug(party, "party");
        required(obligation, "obligation");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Obligation}. */
    public static final class Builder {
        private String party;
        private String obligation;

        private Builder() {}

        /** Sets {@code party}. */
        public Builder party(String value) {
            this.party = java.util.Objects.requireNonNull(value, "party");
            return this;
        }

        /** Sets {@code obligation}. */
        public Builder obligation(String value) {
            this.obligation = java.util.Objects.requireNonNull(value, "obligation");
            return this;
        }

        /**
         * The record.
         *
         * @throws InvalidRecordException naming the record, the field and the rule broken
         */
        public Obligation build() {
            return FieldRules.build("Obligation", () -> new Obligation(party, obligation));
        }
    }
}
