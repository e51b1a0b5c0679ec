/**
 * What goes into a store and what comes out of it: the import of JSON input ({@link
 * org.w3id.parley.load.Importer}) and the retraction of sources ({@link org.w3id.parley.load.Sources}).
 * Both replace named graphs and recompute the derived graph in the same write. The API
 * ({@code org.w3id.parley.api.Parley}) and the command line are built on this package.
 */
package org.w3id.parley.load;
