package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * An event: a meeting, visit, statement, social-media post, private exchange, publication,
 * military operation or negotiation, with who took part or pulled out.
 *
 * @param id             slug
 * @param type           the event type (see {@link #TYPES})
 * @param label          English name
 * @param description    what happened or is planned
 * @param date           its date, if the source fixes it
 * @param timeExpression the source's own words for when ("this week")
 * @param place          {@code place/…} or {@code region/…}
 * @param status         planned, held, ongoing or unknown
 * @param participants   who takes part, and how
 * @param about          what it concerns (typed references)
 * @param basis          reporting basis
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record Event(String id, String type, String label, String description, PartialDate date, String timeExpression,
                    Ref place, String status, List<Participant> participants, List<Ref> about, String basis,
                    Ref attributedTo, String confidence, String hedge, String quote, String note) implements Reported {
    /** Validates every field. */
    public Event {
        slug(id, "id");
        code(type, "type", EventType.class);
        required(label, "label");
        optional(description, "description");
        FieldRules.date(date, "date");
        optional(timeExpression, "timeExpression");
        optionalRef(place, "place", Kinds.LOCATIONS);
        code(status, "status", EventStatus.class);
        participants = list(participants, "participants");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Event> builder() { return new RecordBuilder<>(Event.class); }
}
