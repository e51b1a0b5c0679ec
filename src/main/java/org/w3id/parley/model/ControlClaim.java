package org.w3id.parley.model;

import java.math.BigDecimal;

import static org.w3id.parley.model.FieldRules.*;

/**
 * A claim about who controls a region: claimed by a party, assessed independently, or reported by
 * the source without a claimant or assessor.
 *
 * @param id             slug
 * @param region         slug of the region
 * @param controller     slug of the controlling party
 * @param sharePercent   share of the region controlled, 0 to 100, if stated
 * @param extent         full, partial or unknown
 * @param asOf           date the claim refers to, if fixed
 * @param timeExpression the source's own words for when ("now")
 * @param claimant       who makes the claim ({@code party/…} or {@code person/…}); absent when the source itself assesses
 * @param kind           claimed, assessed or reported
 * @param basis          reporting basis
 * @param attributedTo   whom the source cites
 * @param confidence     how firmly the source says it
 * @param hedge          hedging words
 * @param quote          a verbatim quote
 * @param note           a curator's note
 */
public record ControlClaim(String id, String region, String controller, BigDecimal sharePercent, String extent,
                           String asOf, String timeExpression, String claimant, String kind, String basis,
                           String attributedTo, String confidence, String hedge, String quote,
                           String note) implements Reported {

    /** Most decimal places accepted in {@code sharePercent}. */
    public static final int MAX_DECIMALS = 6;

    /** Validates every field. */
    public ControlClaim {
        slug(id, "id");
        slug(region, "region");
        slug(controller, "controller");
        if (sharePercent != null && (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0))
            throw new IllegalArgumentException("'sharePercent' = " + sharePercent + " must be between 0 and 100");
        // A tiny number with a huge scale (1e-999999999) passes the range check but would
        // expand to a billion digits when written as an xsd:decimal.
        if (sharePercent != null && sharePercent.stripTrailingZeros().scale() > MAX_DECIMALS)
            throw new IllegalArgumentException("'sharePercent' = " + sharePercent + " has more than " + MAX_DECIMALS
                    + " decimal places");
        optionalCode(extent, "extent", ControlExtent.class);
        date(asOf, "asOf");
        optional(timeExpression, "timeExpression");
        optionalRef(claimant, "claimant", Kinds.AGENTS);
        code(kind, "kind", ClaimKind.class);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }

    /** A builder; each setter rejects null, and {@link Builder#build()} applies every rule of the record. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ControlClaim}. */
    public static final class Builder {
        private String id;
        private String region;
        private String controller;
        private BigDecimal sharePercent;
        private String extent;
        private String asOf;
        private String timeExpression;
        private String claimant;
        private String kind;
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

        /** Sets {@code region}. */
        public Builder region(String value) {
            this.region = java.util.Objects.requireNonNull(value, "region");
            return this;
        }

        /** Sets {@code controller}. */
        public Builder controller(String value) {
            this.controller = java.util.Objects.requireNonNull(value, "controller");
            return this;
        }

        /** Sets {@code sharePercent}. */
        public Builder sharePercent(BigDecimal value) {
            this.sharePercent = java.util.Objects.requireNonNull(value, "sharePercent");
            return this;
        }

        /** Sets {@code extent}. */
        public Builder extent(String value) {
            this.extent = java.util.Objects.requireNonNull(value, "extent");
            return this;
        }

        /** Sets {@code asOf}. */
        public Builder asOf(String value) {
            this.asOf = java.util.Objects.requireNonNull(value, "asOf");
            return this;
        }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) {
            this.timeExpression = java.util.Objects.requireNonNull(value, "timeExpression");
            return this;
        }

        /** Sets {@code claimant}. */
        public Builder claimant(String value) {
            this.claimant = java.util.Objects.requireNonNull(value, "claimant");
            return this;
        }

        /** Sets {@code kind}. */
        public Builder kind(String value) {
            this.kind = java.util.Objects.requireNonNull(value, "kind");
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
        public ControlClaim build() {
            return FieldRules.build("ControlClaim", () -> new ControlClaim(id, region, controller, sharePercent, extent, asOf, timeExpression, claimant, kind, basis, attributedTo, confidence, hedge, quote, note));
        }
    }
}
