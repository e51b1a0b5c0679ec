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

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Provision}: one setter per component, named after it (see {@link RecordBuilder}). */
    public static final class Builder extends RecordBuilder<Provision, Builder> {
        private Builder() {
            super(Provision.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code label}. */
        public Builder label(String value) { return set("label", value); }

        /** Sets {@code issue}. */
        public Builder issue(String value) { return set("issue", value); }

        /** Sets {@code option}. */
        public Builder option(String value) { return set("option", value); }

        /** Adds to {@code regions}. */
        public Builder regions(String... values) { return add("regions", values); }

        /** Adds to {@code binds}. */
        public Builder binds(Obligation... values) { return add("binds", values); }

        /** Adds to {@code inExchangeFor}. */
        public Builder inExchangeFor(String... values) { return add("inExchangeFor", values); }

        /** Adds to {@code requiredBefore}. */
        public Builder requiredBefore(String... values) { return add("requiredBefore", values); }

        /** Sets {@code quote}. */
        public Builder quote(String value) { return set("quote", value); }

        /** Sets {@code hedge}. */
        public Builder hedge(String value) { return set("hedge", value); }

        /** Sets {@code note}. */
        public Builder note(String value) { return set("note", value); }
    }
}
