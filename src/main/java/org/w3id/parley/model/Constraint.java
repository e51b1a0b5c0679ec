package org.w3id.parley.model;

import java.util.List;
import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * A constraint on a party, such as a constitutional ban on ceding territory.
 *
 * @param id             slug
 * @param label          English name
 * @param constrains     slug of the constrained party
 * @param constraintType legal, political or military
 * @param description    what it forbids or requires
 * @param about          what it concerns
 * @param basis          reporting basis
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record Constraint(String id, String label, String constrains, String constraintType, String description,
                         List<String> about, String basis, String attributedTo, String confidence, String hedge,
                         String quote, String note) implements Reported {
    /** Constraint types. */
    public static final Set<String> TYPES = Set.of("legal", "political", "military");

    /** Validates every field. */
    public Constraint {
        slug(id, "id");
        required(label, "label");
        slug(constrains, "constrains");
        code(constraintType, "constraintType", TYPES);
        optional(description, "description");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }
}
