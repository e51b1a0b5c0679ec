/**
 * What goes into a store and what comes out of it: the import of JSON input ({@link
 * org.w3id.parley.load.Importer}) and the retraction of sources ({@link org.w3id.parley.load.Sources}).
 * Both replace named graphs and recompute the derived graph in the same write. The API
 * ({@code org.w3id.parley.api.Parley}) and the command line are built on this package.
 *
 * <h2>The passes of an import</h2>
 * <ol>
 *   <li><b>Read</b> ({@code ReadPass}): each file parsed strictly and checked on its own, on
 *       helper threads a few files ahead of the next pass.</li>
 *   <li><b>Check</b> ({@code CheckPass}): the files, in input order, checked against one another
 *       (unique identities, references that resolve). The result is a {@link
 *       org.w3id.parley.load.Importer.Prepared}; any problem ends the import here, before a store is
 *       opened.</li>
 *   <li><b>Validate</b> ({@code ValidatePass}): each file mapped to RDF and validated with SHACL
 *       in the context of the files it refers to — before the write, or beside it when the store
 *       has transactions (a violation then aborts the transaction).</li>
 *   <li><b>Write</b> ({@code WritePass}): in one write transaction ({@code Store.replaceGraphs}),
 *       the replaced graphs emptied, each file's quads streamed in, the derived graph recomputed.</li>
 * </ol>
 * A problem is located (file, line, column, JSON pointer) whichever pass finds it, and problems
 * are reported in input order.
 *
 * <h2>Why each file is read more than once</h2>
 * Memory is bounded by the largest file (and the reference files, which most files refer to),
 * not by the input: no pass keeps every record or quad. So the read pass keeps, of each file,
 * only its IDs and pending references, its records' labels and a SHA-256 digest of its bytes;
 * the validate pass reads the file again to map it, and so does the write pass (beside a
 * transactional write, the validating thread reads it once for both). Each later reading checks
 * the bytes against the digest, so a file edited during the import aborts it instead of writing
 * something that was never checked.
 */
package org.w3id.parley.load;
