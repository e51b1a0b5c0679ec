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

    /** A builder: components set by name, checked by {@link RecordBuilder#build()} with every rule of the record. */
    public static RecordBuilder<ControlClaim> builder() { return new RecordBuilder<>(ControlClaim.class); }
}
