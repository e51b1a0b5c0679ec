package org.w3id.parley.model;

import static org.w3id.parley.model.Check.*;

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
}
