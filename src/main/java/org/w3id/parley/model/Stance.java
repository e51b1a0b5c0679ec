package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A stance: a party's position on a proposal, provision or option, on some date, on someone's word.
 *
 * @param id             slug
 * @param holder         slug of the party whose position it is
 * @param speaker        slug of the person who voiced it, if any
 * @param target         {@code proposal/…}, {@code provision/…} or {@code option/…}
 * @param position       supports, accepts-conditionally, open-to, ambiguous, sceptical, opposes or red-line
 * @param condition      the condition attached, in English
 * @param conditionOn    the records the condition names: a stance (subject to that stance being held), a party
 *                       (subject to its acceptance), a proposal, provision or option (once that term is in
 *                       place), an event (once it has happened) or a region (the condition concerns it);
 *                       never the stance itself
 * @param statedOn       date stated, if the source fixes it
 * @param statedAt       slug of the event (statement, post, publication) where it was stated, if the source says
 * @param timeExpression the source's own words for when
 * @param validFrom      first day the stance holds
 * @param validUntil     last day the stance holds
 * @param supersedes     slug of an earlier stance this one replaces
 * @param inExchangeFor  what the holder would get in return ({@code proposal/…}, {@code provision/…} or {@code option/…})
 * @param basis          reporting basis
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record Stance(String id, String holder, String speaker, String target, String position, String condition,
                     List<String> conditionOn, String statedOn, String statedAt, String timeExpression, String validFrom, String validUntil,
                     String supersedes, List<String> inExchangeFor, String basis, String attributedTo,
                     String confidence, String hedge, String quote, String note) implements Reported {
    /** Validates every field. */
    public Stance {
        slug(id, "id");
        slug(holder, "holder");
        optionalSlug(speaker, "speaker");
        ref(target, "target", Kinds.STANCE_TARGETS);
        code(position, "position", Position.class);
        optional(condition, "condition");
        conditionOn = refs(conditionOn, "conditionOn", Kinds.CONDITION_TARGETS);
        date(statedOn, "statedOn");
        optionalSlug(statedAt, "statedAt");
        optional(timeExpression, "timeExpression");
        date(validFrom, "validFrom");
        date(validUntil, "validUntil");
        range(validFrom, "validFrom", validUntil, "validUntil");
        inExchangeFor = refs(inExchangeFor, "inExchangeFor", Kinds.EXCHANGE_TERMS);
        optionalSlug(supersedes, "supersedes");
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Stance}. */
    public static final class Builder {
        private String id;
        private String holder;
        private String speaker;
        private String target;
        private String position;
        private String condition;
        private List<String> conditionOn = new java.util.ArrayList<>();
        private String statedOn;
        private String statedAt;
        private String timeExpression;
        private String validFrom;
        private String validUntil;
        private String supersedes;
        private List<String> inExchangeFor = new java.util.ArrayList<>();
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

        /** Sets {@code holder}. */
        public Builder holder(String value) {
            this.holder = java.util.Objects.requireNonNull(value, "holder");
            return this;
        }

        /** Sets {@code speaker}. */
        public Builder speaker(String value) {
            this.speaker = java.util.Objects.requireNonNull(value, "speaker");
            return this;
        }

        /** Sets {@code target}. */
        public Builder target(String value) {
            this.target = java.util.Objects.requireNonNull(value, "target");
            return this;
        }

        /** Sets {@code position}. */
        public Builder position(String value) {
            this.position = java.util.Objects.requireNonNull(value, "position");
            return this;
        }

        /** Sets {@code condition}. */
        public Builder condition(String value) {
            this.condition = java.util.Objects.requireNonNull(value, "condition");
            return this;
        }

        /** Adds to {@code conditionOn}. */
        public Builder conditionOn(String... values) {
            for (String v : values) this.conditionOn.add(java.util.Objects.requireNonNull(v, "conditionOn"));
            return this;
        }

        /** Sets {@code statedOn}. */
        public Builder statedOn(String value) {
            this.statedOn = java.util.Objects.requireNonNull(value, "statedOn");
            return this;
        }

        /** Sets {@code statedAt}. */
        public Builder statedAt(String value) {
            this.statedAt = java.util.Objects.requireNonNull(value, "statedAt");
            return this;
        }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) {
            this.timeExpression = java.util.Objects.requireNonNull(value, "timeExpression");
            return this;
        }

        /** Sets {@code validFrom}. */
        public Builder validFrom(String value) {
            this.validFrom = java.util.Objects.requireNonNull(value, "validFrom");
            return this;
        }

        /** Sets {@code validUntil}. */
        public Builder validUntil(String value) {
            this.validUntil = java.util.Objects.requireNonNull(value, "validUntil");
            return this;
        }

        /** Sets {@code supersedes}. */
        public Builder supersedes(String value) {
            this.supersedes = java.util.Objects.requireNonNull(value, "supersedes");
            return this;
        }

        /** Adds to {@code inExchangeFor}. */
        public Builder inExchangeFor(String... values) {
            for (String v : values) this.inExchangeFor.add(java.util.Objects.requireNonNull(v, "inExchangeFor"));
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
        public Stance build() {
            return FieldRules.build("Stance", () -> new Stance(id, holder, speaker, target, position, condition, conditionOn, statedOn, statedAt, timeExpression, validFrom, validUntil, supersedes, inExchangeFor, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
