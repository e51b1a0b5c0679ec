package org.w3id.parley.model;

import java.util.List;
import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * A stance: a party's position on a proposal, provision or option, on some date, on someone's word.
 *
 * @param id             slug
 * @param holder         slug of the party whose position it is
 * @param speaker        slug of the person who voiced it, if any
 * @param target         {@code proposal/…}, {@code provision/…} or {@code option/…}
 * @param position       supports, accepts-conditionally, open-to, ambiguous, sceptical, opposes or red-line
 * @param condition      the condition attached, in English
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
                     String statedOn, String statedAt, String timeExpression, String validFrom, String validUntil,
                     String supersedes, List<String> inExchangeFor, String basis, String attributedTo,
                     String confidence, String hedge, String quote, String note) implements Reported {
    /** Positions, from most to least favourable. */
    public static final Set<String> POSITIONS = Set.of("supports", "accepts-conditionally", "open-to", "ambiguous",
            "sceptical", "opposes", "red-line");

    /**
     * A stance without the event it was stated at and without an exchange: the record as it was before
     * {@code statedAt} and {@code inExchangeFor} existed, kept so that code written against it still compiles.
     */
    public Stance(String id, String holder, String speaker, String target, String position, String condition,
                  String statedOn, String timeExpression, String validFrom, String validUntil, String supersedes,
                  String basis, String attributedTo, String confidence, String hedge, String quote, String note) {
        this(id, holder, speaker, target, position, condition, statedOn, null, timeExpression, validFrom, validUntil,
                supersedes, List.of(), basis, attributedTo, confidence, hedge, quote, note);
    }

    /** Validates every field. */
    public Stance {
        slug(id, "id");
        slug(holder, "holder");
        optionalSlug(speaker, "speaker");
        ref(target, "target", Kinds.STANCE_TARGETS);
        code(position, "position", POSITIONS);
        optional(condition, "condition");
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
}
