package org.w3id.parley.ld;

import java.util.List;
import java.util.Locale;

/**
 * HTTP content negotiation over a fixed list of offered media types: each offer gets the
 * quality of the most specific media range in the {@code Accept} header that matches it
 * ({@code type/subtype} before {@code type/*} before {@code *}{@code /*}); the best offer with a
 * quality above zero wins, ties going to the earlier offer. A missing header accepts anything.
 */
public final class Negotiation {
    private Negotiation() {}

    /**
     * The chosen offer, or null when the client accepts none of them (HTTP 406).
     *
     * @param accept the Accept header, or null
     * @param offers media types in the server's order of preference, lower case
     */
    public static String choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) return offers.get(0);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(accept, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    private static double quality(String accept, String offer) {
        int slash = offer.indexOf('/');
        String type = offer.substring(0, slash), subtype = offer.substring(slash + 1);
        int bestSpecificity = -1;
        double q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String mt = parts[0].trim().toLowerCase(Locale.ROOT);
            int s = mt.indexOf('/');
            if (s < 0) continue;
            String rt = mt.substring(0, s).trim(), rs = mt.substring(s + 1).trim();
            int specificity;
            if (rt.equals(type) && rs.equals(subtype)) specificity = 2;
            else if (rt.equals(type) && rs.equals("*")) specificity = 1;
            else if (rt.equals("*") && rs.equals("*")) specificity = 0;
            else continue;
            if (specificity <= bestSpecificity) continue;
            bestSpecificity = specificity;
            q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
        }
        return Math.max(0, Math.min(1, q));
    }
}
