package org.w3id.parley.query;

import java.util.Locale;

/** How query results are written: an aligned table for people, CSV, TSV or SPARQL results JSON for tools. */
public enum ResultFormat {
    /** An aligned text table. */
    TABLE,
    /** SPARQL 1.1 results CSV. */
    CSV,
    /** SPARQL 1.1 results TSV. */
    TSV,
    /** SPARQL 1.1 results JSON. */
    JSON;

    /** Parses a format name case-insensitively; the message lists the valid names. */
    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Illegal format=" + name + ": use table, csv, tsv or json");
        }
    }
}
