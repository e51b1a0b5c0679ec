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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Event}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<Event, Builder> {
        private Builder() {
            super(Event.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code type}. */
        public Builder type(String value) { return set("type", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Sets {@code date}. */
        public Builder date(String value) { return set("date", value); }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) { return set("timeExpression", value); }

        /** Sets {@code place}. */
        public Builder place(String value) { return set("place", value); }

        /** Sets {@code status}. */
        public Builder status(String value) { return set("status", value); }

        /** Adds to {@code participants}. */
        public Builder participants(Participant... values) { return add("participants", values); }

        /** Adds to {@code about}. */
        public Builder about(String... values) { return add("about", values); }
    }
}
