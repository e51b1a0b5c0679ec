package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A proposal: who made it, through whom, to whom, when, how firm it is, and its provisions.
 *
 * <p>A demand (a formal, one-sided call on another party) and a request (asking for something,
 * typically a meeting) are kinds of proposal ({@link #type()}). An agreement is a proposal with
 * status {@code agreed}: its authors ({@code author} and {@code coAuthors}) are the parties that
 * agreed to it.
 *
 * @param id             slug
 * @param type           proposal (the default), demand or request
 * @param label          English name
 * @param description    what was proposed
 * @param author         slug of the proposing party
 * @param coAuthors      slugs of the other authoring parties of a joint proposal or statement; never {@code author}
 * @param authorPerson   slug of the person who made it
 * @param conveyedBy     who carried it ({@code person/…} or {@code party/…})
 * @param conveyedTo     to whom it was conveyed
 * @param addressedTo    slugs of the parties it is addressed to
 * @param proposedOn     date it was made, if the source fixes it
 * @param timeExpression the source's own words for when ("recent discussions")
 * @param status         floated, tentative, formal, withdrawn or agreed
 * @param statusWords    the source's words for its status, verbatim
 * @param conveyedAt     slug of the event where it was conveyed (for an agreement, where it was agreed)
 * @param proposesEvent  slug of the event the proposal or request asks for, when the source gives it as an event
 * @param sameOfferAs    slugs of other proposals that describe the same offer, as another source or other words report it
 * @param provisions     its terms; empty when the source does not give them
 * @param basis          reporting basis (see {@link Provenance})
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record Proposal(String id, String type, String label, String description, String author,
                       List<String> coAuthors, String authorPerson, List<String> conveyedBy, List<String> conveyedTo,
                       List<String> addressedTo, String proposedOn, String timeExpression, String status,
                       String statusWords, String conveyedAt, String proposesEvent, List<String> sameOfferAs,
                       List<Provision> provisions, String basis, String attributedTo, String confidence, String hedge,
                       String quote, String note) implements Reported {
    /** Validates every field. */
    public Proposal {
        slug(id, "id");
        type = type == null ? ProposalType.PROPOSAL.code() : code(type, "type", ProposalType.class);
        required(label, "label");
        optional(description, "description");
        slug(author, "author");
        coAuthors = slugs(coAuthors, "coAuthors");
        optionalSlug(authorPerson, "authorPerson");
        conveyedBy = refs(conveyedBy, "conveyedBy", Kinds.AGENTS);
        conveyedTo = refs(conveyedTo, "conveyedTo", Kinds.AGENTS);
        addressedTo = slugs(addressedTo, "addressedTo");
        date(proposedOn, "proposedOn");
        optional(timeExpression, "timeExpression");
        code(status, "status", ProposalStatus.class);
        optional(statusWords, "statusWords");
        optionalSlug(conveyedAt, "conveyedAt");
        optionalSlug(proposesEvent, "proposesEvent");
        sameOfferAs = slugs(sameOfferAs, "sameOfferAs");
        // Empty when the source does not itemise the proposal ("U.S. suggestions"): no term is invented.
        provisions = list(provisions, "provisions");
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Proposal}. */
    public static final class Builder {
        private String id;
        private String type;
        private String label;
        private String description;
        private String author;
        private List<String> coAuthors = new java.util.ArrayList<>();
        private String authorPerson;
        private List<String> conveyedBy = new java.util.ArrayList<>();
        private List<String> conveyedTo = new java.util.ArrayList<>();
        private List<String> addressedTo = new java.util.ArrayList<>();
        private String proposedOn;
        private String timeExpression;
        private String status;
        private String statusWords;
        private String conveyedAt;
        private String proposesEvent;
        private List<String> sameOfferAs = new java.util.ArrayList<>();
        private List<Provision> provisions = new java.util.ArrayList<>();
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

        /** Sets {@code author}. */
        public Builder author(String value) {
            this.author = java.util.Objects.requireNonNull(value, "author");
            return this;
        }

        /** Adds to {@code coAuthors}. */
        public Builder coAuthors(String... values) {
            for (String v : values) this.coAuthors.add(java.util.Objects.requireNonNull(v, "coAuthors"));
            return this;
        }

        /** Sets {@code authorPerson}. */
        public Builder authorPerson(String value) {
            this.authorPerson = java.util.Objects.requireNonNull(value, "authorPerson");
            return this;
        }

        /** Adds to {@code conveyedBy}. */
        public Builder conveyedBy(String... values) {
            for (String v : values) this.conveyedBy.add(java.util.Objects.requireNonNull(v, "conveyedBy"));
            return this;
        }

        /** Adds to {@code conveyedTo}. */
        public Builder conveyedTo(String... values) {
            for (String v : values) this.conveyedTo.add(java.util.Objects.requireNonNull(v, "conveyedTo"));
            return this;
        }

        /** Adds to {@code addressedTo}. */
        public Builder addressedTo(String... values) {
            for (String v : values) this.addressedTo.add(java.util.Objects.requireNonNull(v, "addressedTo"));
            return this;
        }

        /** Sets {@code proposedOn}. */
        public Builder proposedOn(String value) {
            this.proposedOn = java.util.Objects.requireNonNull(value, "proposedOn");
            return this;
        }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) {
            this.timeExpression = java.util.Objects.requireNonNull(value, "timeExpression");
            return this;
        }

        /** Sets {@code status}. */
        public Builder status(String value) {
            this.status = java.util.Objects.requireNonNull(value, "status");
            return this;
        }

        /** Sets {@code statusWords}. */
        public Builder statusWords(String value) {
            this.statusWords = java.util.Objects.requireNonNull(value, "statusWords");
            return this;
        }

        /** Sets {@code conveyedAt}. */
        public Builder conveyedAt(String value) {
            this.conveyedAt = java.util.Objects.requireNonNull(value, "conveyedAt");
            return this;
        }

        /** Sets {@code proposesEvent}. */
        public Builder proposesEvent(String value) {
            this.proposesEvent = java.util.Objects.requireNonNull(value, "proposesEvent");
            return this;
        }

        /** Adds to {@code sameOfferAs}. */
        public Builder sameOfferAs(String... values) {
            for (String v : values) this.sameOfferAs.add(java.util.Objects.requireNonNull(v, "sameOfferAs"));
            return this;
        }

        /** Adds to {@code provisions}. */
        public Builder provisions(Provision... values) {
            for (Provision v : values) this.provisions.add(java.util.Objects.requireNonNull(v, "provisions"));
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
        public Proposal build() {
            return FieldRules.build("Proposal", () -> new Proposal(id, type, label, description, author, coAuthors, authorPerson, conveyedBy, conveyedTo, addressedTo, proposedOn, timeExpression, status, statusWords, conveyedAt, proposesEvent, sameOfferAs, provisions, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
