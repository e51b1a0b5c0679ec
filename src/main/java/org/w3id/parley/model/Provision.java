package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.Check.*;

/**
 * One term of a proposal: it selects an option on an issue, concerns regions and binds parties.
 *
 * @param id            slug
 * @param label         English summary of the term
 * @param issue         slug of the issue it settles, if any
 * @param option        slug of the option it selects, if any
 * @param regions       slugs of the regions it concerns
 * @param binds         what it binds each party to
 * @param inExchangeFor what the term is offered in return for ({@code proposal/…}, {@code provision/…} or
 *                      {@code option/…}), when the source presents the two as a trade
 * @param quote         the source's words for it, verbatim
 * @param hedge         the source's hedging words, verbatim
 * @param note          a curator's note
 */
public record Provision(String id, String label, String issue, String option, List<String> regions,
                        List<Obligation> binds, List<String> inExchangeFor, String quote, String hedge,
                        String note) {
    /** A provision traded for nothing (the record as it was before {@code inExchangeFor}). */
    public Provision(String id, String label, String issue, String option, List<String> regions,
                     List<Obligation> binds, String quote, String hedge, String note) {
        this(id, label, issue, option, regions, binds, List.of(), quote, hedge, note);
    }

    /** Validates every field. */
    public Provision {
        slug(id, "id");
        required(label, "label");
        optionalSlug(issue, "issue");
        optionalSlug(option, "option");
        regions = slugs(regions, "regions");
        binds = list(binds, "binds");
        inExchangeFor = refs(inExchangeFor, "inExchangeFor", Kinds.EXCHANGE_TERMS);
        optional(quote, "quote");
        optional(hedge, "hedge");
        optional(note, "note");
    }
}
