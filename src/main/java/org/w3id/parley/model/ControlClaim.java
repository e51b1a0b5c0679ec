package org.w3id.parley.model;

import java.math.BigDecimal;
import java.util.Set;

import static org.w3id.parley.model.Check.*;

/**
 * A claim about who controls a region: claimed by a party, or assessed independently.
 *
 * @param id             slug
 * @param region         slug of the region
 * @param controller     slug of the controlling party
 * @param sharePercent   share of the region controlled, 0 to 100, if stated
 * @param extent         full, partial or unknown
 * @param asOf           date the claim refers to, if fixed
 * @param timeExpression the source's own words for when ("now")
 * @param claimant       who makes the claim ({@code party/…} or {@code person/…}); absent when the source itself assesses
 * @param kind           claimed or assessed
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
    /** Extents of control. */
    public static final Set<String> EXTENTS = Set.of("full", "partial", "unknown");
    /** Claim kinds. */
    public static final Set<String> KINDS = Set.of("claimed", "assessed");

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
        optionalCode(extent, "extent", EXTENTS);
        date(asOf, "asOf");
        optional(timeExpression, "timeExpression");
        optionalRef(claimant, "claimant", Kinds.AGENTS);
        code(kind, "kind", KINDS);
        confidence = new Provenance(basis, attributedTo, confidence, hedge, quote, note).confidence();
    }
}
