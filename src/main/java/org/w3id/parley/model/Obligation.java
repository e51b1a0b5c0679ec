package org.w3id.parley.model;

import static org.w3id.parley.model.FieldRules.*;

/**
 * What a provision binds one party to do.
 *
 * @param party      slug of the bound party
 * @param obligation what it must do, in English
 */
public record Obligation(Slug party, String obligation) {
    /** Validates every field. */
    public Obligation {
        slug(party, "party");
        required(obligation, "obligation");
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Obligation}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Obligation, Builder> {
        private Builder() {
            super(Obligation.class);
        }

        /** Sets {@code party}. */
        public Builder party(String value) { return set("party", value); }

        /** Sets {@code obligation}. */
        public Builder obligation(String value) { return set("obligation", value); }
    }
}
