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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Obligation> builder() { return new RecordBuilder<>(Obligation.class); }
}
