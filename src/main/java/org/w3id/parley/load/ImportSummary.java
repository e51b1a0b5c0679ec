package org.w3id.parley.load;

import java.time.Duration;
import java.util.Set;

/**
 * What an import did.
 *
 * @param files   input files read
 * @param records records read (every object with an ID, nested ones included)
 * @param quads   quads written
 * @param graphs  named graphs replaced
 * @param pruned  source graphs dropped because their source was not in the input ({@code import --prune})
 * @param elapsed wall-clock time taken
 */
public record ImportSummary(int files, int records, long quads, Set<String> graphs, Set<String> pruned, Duration elapsed) {
    /** Copies the sets. */
    public ImportSummary {
        graphs = Set.copyOf(graphs);
        pruned = Set.copyOf(pruned);
    }

    /** A summary of an import that pruned nothing. */
    public ImportSummary(int files, int records, long quads, Set<String> graphs, Duration elapsed) {
        this(files, records, quads, graphs, Set.of(), elapsed);
    }

    /** One line for people: {@code 5 files, 120 records, 1,234 quads in 4 graphs, 0.8 s}. */
    @Override
    public String toString() {
        return String.format("%d files, %d records, %,d quads in %d graphs%s, %.1f s", files, records, quads,
                graphs.size(), pruned.isEmpty() ? "" : ", " + pruned.size() + " pruned", elapsed.toMillis() / 1000.0);
    }
}
