package org.w3id.parley.model;

import java.util.List;
import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * A proposal: who made it, through whom, to whom, when, how firm it is, and its provisions.
 *
 * @param id             slug
 * @param label          English name
 * @param description    what was proposed
 * @param author         slug of the proposing party
 * @param authorPerson   slug of the person who made it
 * @param conveyedBy     who carried it ({@code person/…} or {@code party/…})
 * @param conveyedTo     to whom it was conveyed
 * @param addressedTo    slugs of the parties it is addressed to
 * @param proposedOn     date it was made, if the source fixes it
 * @param timeExpression the source's own words for when ("recent discussions")
 * @param status         floated, tentative, formal or withdrawn
 * @param statusWords    the source's words for its status, verbatim
 * @param conveyedAt     slug of the event where it was conveyed
 * @param provisions     its terms
 * @param basis          reporting basis (see {@link Provenance})
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record Proposal(String id, String label, String description, String author, String authorPerson,
                       List<String> conveyedBy, List<String> conveyedTo, List<String> addressedTo, String proposedOn,
                       String timeExpression, String status, String statusWords, String conveyedAt,
                       List<Provision> provisions, String basis, String attributedTo, String confidence, String hedge,
                       String quote, String note) implements Reported {
    /** Proposal statuses. */
    public static final Set<String> STATUSES = Set.of("floated", "tentative", "formal", "withdrawn");

    /** Validates every field. */
    public Proposal {
        slug(id, "id");
        required(label, "label");
        optional(description, "description");
        slug(author, "author");
        optionalSlug(authorPerson, "authorPerson");
        conveyedBy = refs(conveyedBy, "conveyedBy", Kinds.AGENTS);
        conveyedTo = refs(conveyedTo, "conveyedTo", Kinds.AGENTS);
        addressedTo = slugs(addressedTo, "addressedTo");
        date(proposedOn, "proposedOn");
        optional(timeExpression, "timeExpression");
        code(status, "status", STATUSES);
        optional(statusWords, "statusWords");
        optionalSlug(conveyedAt, "conveyedAt");
        provisions = list(provisions, "provisions");
        if (provisions.isEmpty()) throw new IllegalArgumentException("'provisions' must list at least one provision");
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }
}
