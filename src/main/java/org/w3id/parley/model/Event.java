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
public record Event(String id, String type, String label, String description, String date, String timeExpression,
                    String place, String status, List<Participant> participants, List<String> about, String basis,
                    String attributedTo, String confidence, String hedge, String quote, String note) implements Reported {
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

    /** Builds a {@link Event}. */
    public static final class Builder {
        private String id;
        private String type;
        private String label;
        private String description;
        private String date;
        private String timeExpression;
        private String place;
        private String status;
        private List<Participant> participants = new java.util.ArrayList<>();
        private List<String> about = new java.util.ArrayList<>();
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

        /** Sets {@code type}. */
        public Builder type(String value) {
            this.type = java.util.Objects.requireNonNull(value, "type");
            return this;
        }

        /** Sets {@code label}. */
        public Builder label(String value) {
            this.label = java.util.Objects.requireNonNull(value, "label");
            return this;
        }

        /** Sets {@code description}. */
        public Builder description(String value) {
            this.description = java.util.Objects.requireNonNull(value, "description");
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

        /** Sets {@code place}. */
        public Builder place(String value) {
            this.place = java.util.Objects.requireNonNull(value, "place");
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(String value) {
            this.status = java.util.Objects.requireNonNull(value, "status");
            return this;
        }

        /** Adds to {@code participants}. */
        public Builder participants(Participant... values) {
            for (Participant v : values) this.participants.add(java.util.Objects.requireNonNull(v, "participants"));
            return this;
        }

        /** Adds to {@code about}. */
        public Builder about(String... values) {
            for (String v : values) this.about.add(java.util.Objects.requireNonNull(v, "about"));
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
        public Event build() {
            return FieldRules.build("Event", () -> new Event(id, type, label, description, date, timeExpression, place, status, participants, about, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
