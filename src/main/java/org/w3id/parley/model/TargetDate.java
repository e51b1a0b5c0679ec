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
public record TargetDate(String id, String label, PartialDate date, String timeExpression, Ref holder, String goal,
                         List<Ref> about, Slug statedAt, String basis, Ref attributedTo, String confidence, String hedge,
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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<TargetDate> builder() { return new RecordBuilder<>(TargetDate.class); }
}
