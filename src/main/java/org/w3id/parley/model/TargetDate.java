package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A deadline someone aims for.
 *
 * @param id             slug
 * @param label          English name
 * @param date           the date aimed for, if fixed
 * @param timeExpression the source's own words ("this week")
 * @param holder         whose aim it is; absent when the source does not say
 * @param goal           what should happen by then
 * @param about          what it concerns
 * @param statedAt       slug of the event (statement, post, publication) where it was stated, if the source says
 * @param basis          reporting basis
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record TargetDate(String id, String label, String date, String timeExpression, String holder, String goal,
                         List<String> about, String statedAt, String basis, String attributedTo, String confidence, String hedge,
                         String quote, String note) implements Reported {
    /** Validates every field. */
    public TargetDate {
        slug(id, "id");
        required(label, "label");
        FieldRules.date(date, "date");
        optional(timeExpression, "timeExpression");
        if (date == null && timeExpression == null)
            throw new IllegalArgumentException("a target date needs 'date' or 'timeExpression'");
        optionalRef(holder, "holder", Kinds.AGENTS);
        optional(goal, "goal");
        optionalSlug(statedAt, "statedAt");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TargetDate}. */
    public static final class Builder {
        private String id;
        private String label;
        private String date;
        private String timeExpression;
        private String holder;
        private String goal;
        private List<String> about = new java.util.ArrayList<>();
        private String statedAt;
        private String basis;
        private String attributedTo;
        private String confidence;
        private String hedge;
        private String quote;
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code label}. */
        public Builder label(String value) {
            this.label = java.util.Objects.requireNonNull(value, "label");
            return this;
        }

        /** Sets {@code date}. */
        public Builder date(String value) {
            this.date = java.util.Objects.requireNonNull(value, "date");
            return this;
        }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) {
            this.timeExpression = java.util.Objects.requireNonNull(value, "timeExpression");
            return this;
        }

        /** Sets {@code holder}. */
        public Builder holder(String value) {
            this.holder = java.util.Objects.requireNonNull(value, "holder");
            return this;
        }

        /** Sets {@code goal}. */
        public Builder goal(String value) {
            this.goal = java.util.Objects.requireNonNull(value, "goal");
            return this;
        }

        /** Adds to {@code about}. */
        public Builder about(String... values) {
            for (String v : values) this.about.add(java.util.Objects.requireNonNull(v, "about"));
            return this;
        }

        /** Sets {@code statedAt}. */
        public Builder statedAt(String value) {
            this.statedAt = java.util.Objects.requireNonNull(value, "statedAt");
            return this;
        }

        /** Sets {@code basis}. */
        public Builder basis(String value) {
            this.basis = java.util.Objects.requireNonNull(value, "basis");
            return this;
        }

        /** Sets {@code attributedTo}. */
        public Builder attributedTo(String value) {
            this.attributedTo = java.util.Objects.requireNonNull(value, "attributedTo");
            return this;
        }

        /** Sets {@code confidence}. */
        public Builder confidence(String value) {
            this.confidence = java.util.Objects.requireNonNull(value, "confidence");
            return this;
        }

        /** Sets {@code hedge}. */
        public Builder hedge(String value) {
            this.hedge = java.util.Objects.requireNonNull(value, "hedge");
            return this;
        }

        /** Sets {@code quote}. */
        public Builder quote(String value) {
            this.quote = java.util.Objects.requireNonNull(value, "quote");
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
        public TargetDate build() {
            return FieldRules.build("TargetDate", () -> new TargetDate(id, label, date, timeExpression, holder, goal, about, statedAt, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
