package org.w3id.parley.model;

import java.util.List;

import static org.w3id.parley.model.FieldRules.*;

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
 * @param requiredBefore terms this one must be fulfilled before ({@code option/…}, {@code provision/…} or
 *                      {@code proposal/…}): "withdraw … before any ceasefire"; never the provision itself
 * @param quote         the source's words for it, verbatim
 * @param hedge         the source's hedging words, verbatim
 * @param note          a curator's note
 */
public record Provision(String id, String label, Slug issue, Slug option, List<Slug> regions,
                        List<Obligation> binds, List<Ref> inExchangeFor, List<Ref> requiredBefore, String quote, String hedge,
                        String note) {
    /** Validates every field. */
    public Provision {
        slug(id, "id");
        required(label, "label");
        optionalSlug(issue, "issue");
        optionalSlug(option, "option");
        regions = refs(regions, "regions");
        binds = list(binds, "binds");
        inExchangeFor = refs(inExchangeFor, "inExchangeFor", Kinds.EXCHANGE_TERMS);
        requiredBefore = refs(requiredBefore, "requiredBefore", Kinds.PRECEDED_TERMS);
        optional(quote, "quote");
        optional(hedge, "hedge");
        optional(note, "note");
    }

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<Provision> builder() { return new RecordBuilder<>(Provision.class); }
}
