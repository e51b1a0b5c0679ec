package org.w3id.parley.model;

import java.util.List;
import java.util.Set;

import static org.w3id.parley.model.Check.*;

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
public record Event(String id, String type, String label, String description, String date, String timeExpression,
                    String place, String status, List<Participant> participants, List<String> about, String basis,
                    String attributedTo, String confidence, String hedge, String quote, String note) implements Reported {
    /** Event types. */
    public static final Set<String> TYPES = Set.of("meeting", "visit", "statement", "social-media-post",
            "communication", "publication", "military-operation", "negotiation");
    /** Event statuses. */
    public static final Set<String> STATUSES = Set.of("planned", "held", "ongoing", "unknown");

    /** Validates every field. */
    public Event {
        slug(id, "id");
        code(type, "type", TYPES);
        required(label, "label");
        optional(description, "description");
        Check.date(date, "date");
        optional(timeExpression, "timeExpression");
        optionalRef(place, "place", Kinds.LOCATIONS);
        code(status, "status", STATUSES);
        participants = list(participants, "participants");
        about = refs(about, "about", Kinds.SUBJECTS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }
}
