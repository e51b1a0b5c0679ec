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
public record Provision(String id, String label, String issue, String option, List<String> regions,
                        List<Obligation> binds, List<String> inExchangeFor, List<String> requiredBefore, String quote, String hedge,
                        String note) {
    /** Validates every field. */
    public Provision {
        slug(id, "id");
        required(label, "label");
        optionalSlug(issue, "issue");
        optionalSlug(option, "option");
        regions = slugs(regions, "regions");
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

    /** Builds a {@link Provision}. */
    public static final class Builder {
        private String id;
        private String label;
        private String issue;
        private String option;
        private List<String> regions = new java.util.ArrayList<>();
        private List<Obligation> binds = new java.util.ArrayList<>();
        private List<String> inExchangeFor = new java.util.ArrayList<>();
        private List<String> requiredBefore = new java.util.ArrayList<>();
        private String quote;
        private String hedge;
        private String note;

        private Builder() {}

        /** Sets {@code id}. */
        public Builder id(String value) {
            this.id = java.util.Objects.requireNonNull(value, "id");
            return this;
        }

        /** Sets {@code label}. */
        public Builder label(String value) {
            this.label = java.util.Objects.requireNonNull(value, "label");
            return this;
        }

        /** Sets {@code issue}. */
        public Builder issue(String value) {
            this.issue = java.util.Objects.requireNonNull(value, "issue");
            return this;
        }

        /** Sets {@code option}. */
        public Builder option(String value) {
            this.option = java.util.Objects.requireNonNull(value, "option");
            return this;
        }

        /** Adds to {@code regions}. */
        public Builder regions(String... values) {
            for (String v : values) this.regions.add(java.util.Objects.requireNonNull(v, "regions"));
            return this;
        }

        /** Adds to {@code binds}. */
        public Builder binds(Obligation... values) {
            for (Obligation v : values) this.binds.add(java.util.Objects.requireNonNull(v, "binds"));
            return this;
        }

        /** Adds to {@code inExchangeFor}. */
        public Builder inExchangeFor(String... values) {
            for (String v : values) this.inExchangeFor.add(java.util.Objects.requireNonNull(v, "inExchangeFor"));
            return this;
        }

        /** Adds to {@code requiredBefore}. */
        public Builder requiredBefore(String... values) {
            for (String v : values) this.requiredBefore.add(java.util.Objects.requireNonNull(v, "requiredBefore"));
            return this;
        }

        /** Sets {@code quote}. */
        public Builder quote(String value) {
            this.quote = java.util.Objects.requireNonNull(value, "quote");
            return this;
        }

        /** Sets {@code hedge}. */
        public Builder hedge(String value) {
            this.hedge = java.util.Objects.requireNonNull(value, "hedge");
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
        public Provision build() {
            return FieldRules.build("Provision", () -> new Provision(id, label, issue, option, regions, binds, inExchangeFor, requiredBefore, quote, hedge, note));
        }
    }
}
