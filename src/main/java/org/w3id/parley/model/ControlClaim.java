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
public record ControlClaim(String id, Slug region, Slug controller, BigDecimal sharePercent, String extent,
                           PartialDate asOf, String timeExpression, Ref claimant, String kind, String basis,
                           Ref attributedTo, String confidence, String hedge, String quote,
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

    /** Builds a {@link ControlClaim}: one setter per component, named after it (see {@link ReportedBuilder}). */
    public static final class Builder extends ReportedBuilder<ControlClaim, Builder> {
        private Builder() {
            super(ControlClaim.class);
        }

        /** Sets {@code id}. */
        public Builder id(String value) { return set("id", value); }

        /** Sets {@code region}. */
        public Builder region(String value) { return set("region", value); }

        /** Sets {@code controller}. */
        public Builder controller(String value) { return set("controller", value); }

        /** Sets {@code sharePercent}. */
        public Builder sharePercent(BigDecimal value) { return set("sharePercent", value); }

        /** Sets {@code extent}. */
        public Builder extent(String value) { return set("extent", value); }

        /** Sets {@code asOf}. */
        public Builder asOf(String value) { return set("asOf", value); }

        /** Sets {@code timeExpression}. */
        public Builder timeExpression(String value) { return set("timeExpression", value); }

        /** Sets {@code claimant}. */
        public Builder claimant(String value) { return set("claimant", value); }

        /** Sets {@code kind}. */
        public Builder kind(String value) { return set("kind", value); }
    }
}
