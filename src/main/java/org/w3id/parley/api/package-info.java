/**
 * Parley's embedding API: {@link org.w3id.parley.api.Parley} opens a store, imports and
 * validates input, runs catalog queries and raw SPARQL, reads typed records and writes dumps.
 * The command line and the server are built on it.
 */
package org.w3id.parley.api;
