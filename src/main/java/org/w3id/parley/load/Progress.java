package org.w3id.parley.load;

/**
 * Receives the progress of an import or a validation, for display. Calls come from the thread
 * that runs the import, after each file and every few thousand quads; an implementation should
 * be quick and decide itself how often to redraw.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores every update. */
    Progress NONE = (phase, files, totalFiles, records, quads) -> {};

    /** The stages of an import, in order. */
    enum Phase {
        /** Reading and checking the files (syntax, structure, identities, references). */
        READING,
        /** Mapping each file to RDF and validating it with SHACL. */
        VALIDATING,
        /** Writing quads to the store. */
        WRITING
    }

    /**
     * Reports where an import stands.
     *
     * @param phase      the current stage
     * @param files      files done in this stage
     * @param totalFiles files in the input
     * @param records    records done in this stage
     * @param quads      quads written so far (0 before writing)
     */
    void update(Phase phase, int files, int totalFiles, long records, long quads);
}
