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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Stance> builder() { return new RecordBuilder<>(Stance.class); }
}
