package org.w3id.parley.api;

import java.time.Duration;
import java.util.Set;

/**
 * What an import did.
 *
 * @param files   input files read
 * @param records records read (every object with an ID, nested ones included)
 * @param quads   quads written
 * @param graphs  named graphs replaced
 * @param elapsed wall-clock time taken
 */
public record ImportSummary(int files, int records, long quads, Set<String> graphs, Duration elapsed) {
    /** One line for people: {@code 5 files, 120 records, 1,234 quads in 4 graphs, 0.8 s}. */
    @Override
    public String toString() {
        return String.format("%d files, %d records, %,d quads in %d graphs, %.1f s", files, records, quads,
                graphs.size(), elapsed.toMillis() / 1000.0);
    }
}
