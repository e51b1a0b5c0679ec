package org.w3id.parley.query;

/**
 * Which rows of a SELECT's answer to write: the rows after the first {@code offset}, at most
 * {@code limit} of them. The query itself is not changed: it runs to its end, the rows outside the
 * page are counted and not written, so the page comes with how many rows the answer has in all,
 * from one evaluation, and two pages of one store never overlap or leave a gap (the catalog's
 * queries order their rows completely).
 *
 * @param offset the rows to leave out first (at least 0)
 * @param limit  the most rows to write (at least 0; {@link Long#MAX_VALUE} for no limit)
 */
public record Page(long offset, long limit) {
    /** Every row: the default answer. */
    public static final Page ALL = new Page(0, Long.MAX_VALUE);

    /** Checks both numbers. */
    public Page {
        if (offset < 0) throw new BadParameterException("Illegal offset=" + offset + ": must be 0 or more");
        if (limit < 0) throw new BadParameterException("Illegal limit=" + limit + ": must be 0 or more");
    }

    /**
     * A page from optional numbers as given on the command line or in a URL.
     *
     * @param offset null for 0
     * @param limit  null for no limit
     */
    public static Page of(Long offset, Long limit) {
        return new Page(offset == null ? 0 : offset, limit == null ? Long.MAX_VALUE : limit);
    }

    /** Whether this page is the whole answer. */
    public boolean isAll() {
        return offset == 0 && limit == Long.MAX_VALUE;
    }

    /**
     * The offset of the page after this one in an answer of {@code total} rows, or -1 when this page
     * reaches its end (or is limit 0, a request for the count alone).
     */
    public long next(long total) {
        return limit == 0 || limit >= total - offset ? -1 : offset + limit;
    }

    /**
     * What a page of an answer of {@code total} rows holds, for people: "rows 101–200 of 13,962",
     * "no rows of 12 (offset 20)", "all 40 rows", "40 rows in all, none written (limit 0)".
     */
    public String describe(long total) {
        if (limit == 0) return String.format("%,d rows in all, none written (limit 0)", total);
        long first = Math.min(offset, total), last = Math.min(total, limit == Long.MAX_VALUE ? total : offset + limit);
        if (isAll()) return String.format("all %,d rows", total);
        if (last <= first) return String.format("no rows of %,d (offset %,d)", total, offset);
        return String.format("rows %,d–%,d of %,d", first + 1, last, total);
    }
}
