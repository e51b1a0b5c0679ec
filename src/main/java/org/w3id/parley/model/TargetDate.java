package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.Check.*;

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
    /** A target date without the event it was stated at (the record as it was before {@code statedAt}). */
    public TargetDate(String id, String label, String date, String timeExpression, String holder, String goal,
                      List<String> about, String basis, String attributedTo, String confidence, String hedge,
                      String quote, String note) {
        this(id, label, date, timeExpression, holder, goal, about, null, basis, attributedTo, confidence, hedge, quote,
                note);
    }

    /** Validates every field. */
    public TargetDate {
        slug(id, "id");
        required(label, "label");
        Check.date(date, "date");
        optional(timeExpression, "timeExpression");
        if (date == null && timeExpression == null)
            throw new IllegalArgumentException("a target date needs 'date' or 'timeExpression'");
        optionalRef(holder, "holder", Kinds.AGENTS);
        optional(goal, "goal");
        optionalSlug(statedAt, "statedAt");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }
}
