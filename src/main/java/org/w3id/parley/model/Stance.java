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
public record Stance(String id, Slug holder, Slug speaker, Ref target, String position, String condition,
                     List<Ref> conditionOn, PartialDate statedOn, Slug statedAt, String timeExpression, PartialDate validFrom, PartialDate validUntil,
                     Slug supersedes, List<Ref> inExchangeFor, String basis, Ref attributedTo,
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

    /** Builds a {@link Stance}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<Stance, Builder> {
        private Builder() {
            super(Stance.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code holder}. */
        public Builder holder(String value) { return set("holder", value); }

        /** Sets {@code speaker}. */
        public Builder speaker(String value) { return set("speaker", value); }

        /** Sets {@code target}. */
        public Builder target(String value) { return set("target", value); }

        /** Sets {@code position}. */
        public Builder position(String value) { return set("position", value); }

        /** Sets {@code condition}. */
        public Builder condition(String value) { return set("condition", value); }

        /** Adds to {@code conditionOn}. */
        public Builder conditionOn(String... values) { return add("conditionOn", values); }

        /** Sets {@code statedOn}. */
        public Builder statedOn(String value) { return set("statedOn", value); }

        /** Sets {@code statedAt}. */
        public Builder statedAt(String value) { return set("statedAt", value); }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) { return set("timeExpression", value); }

        /** Sets {@code validFrom}. */
        public Builder validFrom(String value) { return set("validFrom", value); }

        /** Sets {@code validUntil}. */
        public Builder validUntil(String value) { return set("validUntil", value); }

        /** Sets {@code supersedes}. */
        public Builder supersedes(String value) { return set("supersedes", value); }

        /** Adds to {@code inExchangeFor}. */
        public Builder inExchangeFor(String... values) { return add("inExchangeFor", values); }
    }
}
