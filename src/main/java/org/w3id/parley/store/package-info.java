/**
 * Where Parley's quads live: an embedded TDB2 database, an in-memory dataset, or any SPARQL 1.1
 * store over HTTP, behind one {@link org.w3id.parley.store.Store} interface.
 */
package org.w3id.parley.store;
