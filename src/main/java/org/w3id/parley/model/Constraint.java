package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

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
public record Constraint(String id, String label, Slug constrains, String constraintType, String description,
                         List<Ref> about, String basis, Ref attributedTo, String confidence, String hedge,
                         String quote, String note) implements Reported {
    /** Validates every field. */
    public Constraint {
        slug(id, "id");
        required(label, "label");
        slug(constrains, "constrains");
        code(constraintType, "constraintType", ConstraintType.class);
        optional(description, "description");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Constraint> builder() { return new RecordBuilder<>(Constraint.class); }
}
