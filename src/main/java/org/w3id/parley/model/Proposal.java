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
public record Proposal(String id, String type, String label, String description, Slug author,
                       List<Slug> coAuthors, Slug authorPerson, List<Ref> conveyedBy, List<Ref> conveyedTo,
                       List<Slug> addressedTo, PartialDate proposedOn, String timeExpression, String status,
                       String statusWords, Slug conveyedAt, Slug proposesEvent, List<Slug> sameOfferAs,
                       List<Provision> provisions, String basis, Ref attributedTo, String confidence, String hedge,
                       String quote, String note) implements Reported {
    /** Validates every field. */
    public Proposal {
        slug(id, "id");
        type = type == null ? ProposalType.PROPOSAL.code() : code(type, "type", ProposalType.class);
        required(label, "label");
        optional(description, "description");
        slug(author, "author");
        coAuthors = refs(coAuthors, "coAuthors");
        optionalSlug(authorPerson, "authorPerson");
        conveyedBy = refs(conveyedBy, "conveyedBy", Kinds.AGENTS);
        conveyedTo = refs(conveyedTo, "conveyedTo", Kinds.AGENTS);
        addressedTo = refs(addressedTo, "addressedTo");
        date(proposedOn, "proposedOn");
        optional(timeExpression, "timeExpression");
        code(status, "status", ProposalStatus.class);
        optional(statusWords, "statusWords");
        optionalSlug(conveyedAt, "conveyedAt");
        optionalSlug(proposesEvent, "proposesEvent");
        sameOfferAs = refs(sameOfferAs, "sameOfferAs");
        // Empty when the source does not itemise the proposal ("U.S. suggestions"): no term is invented.
        provisions = list(provisions, "provisions");
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Proposal}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<Proposal, Builder> {
        private Builder() {
            super(Proposal.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code type}. */
        public Builder type(String value) { return set("type", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code description}. */
        public Builder description(String value) { return set("description", value); }

        /** Sets {@code author}. */
        public Builder author(String value) { return set("author", value); }

        /** Adds to {@code coAuthors}. */
        public Builder coAuthors(String... values) { return add("coAuthors", values); }

        /** Sets {@code authorPerson}. */
        public Builder authorPerson(String value) { return set("authorPerson", value); }

        /** Adds to {@code conveyedBy}. */
        public Builder conveyedBy(String... values) { return add("conveyedBy", values); }

        /** Adds to {@code conveyedTo}. */
        public Builder conveyedTo(String... values) { return add("conveyedTo", values); }

        /** Adds to {@code addressedTo}. */
        public Builder addressedTo(String... values) { return add("addressedTo", values); }

        /** Sets {@code proposedOn}. */
        public Builder proposedOn(String value) { return set("proposedOn", value); }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) { return set("timeExpression", value); }

        /** Sets {@code status}. */
        public Builder status(String value) { return set("status", value); }

        /** Sets {@code statusWords}. */
        public Builder statusWords(String value) { return set("statusWords", value); }

        /** Sets {@code conveyedAt}. */
        public Builder conveyedAt(String value) { return set("conveyedAt", value); }

        /** Sets {@code proposesEvent}. */
        public Builder proposesEvent(String value) { return set("proposesEvent", value); }

        /** Adds to {@code sameOfferAs}. */
        public Builder sameOfferAs(String... values) { return add("sameOfferAs", values); }

        /** Adds to {@code provisions}. */
        public Builder provisions(Provision... values) { return add("provisions", values); }
    }
}
