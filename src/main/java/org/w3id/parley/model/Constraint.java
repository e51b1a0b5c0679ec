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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Constraint}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<Constraint, Builder> {
        private Builder() {
            super(Constraint.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code constrains}. */
        public Builder constrains(String value) { return set("constrains", value); }

        /** Sets {@code constraintType}. */
        public Builder constraintType(String value) { return set("constraintType", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Adds to {@code about}. */
        public Builder about(String... values) { return add("about", values); }
    }
}
