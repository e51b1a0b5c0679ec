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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Proposal> builder() { return new RecordBuilder<>(Proposal.class); }
}
