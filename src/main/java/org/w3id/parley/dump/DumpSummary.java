package org.w3id.parley.dump;

import java.util.Objects;

/**
 * What one dump wrote.
 *
 * @param format     the format
 * @param graph      the one graph dumped, or null for the whole dataset
 * @param statements triples (union formats) or quads written, the description included
 */
public record DumpSummary(DumpFormat format, String graph, long statements) {
    /** Validates the fields. */
    public DumpSummary {
        Objects.requireNonNull(format, "format");
        if (statements < 0) throw new IllegalArgumentException("Illegal statements=" + statements + ": a count is never negative");
    }

    /** "2,463 quads as N-Quads" */
    @Override
    public String toString() {
        return String.format("%,d %s as %s", statements, format.namedGraphs() ? "quads" : "triples", format.title());
    }
}
