/**
 * From model records to RDF: identifiers ({@link org.w3id.parley.rdf.Ids}), the vocabulary
 * ({@link org.w3id.parley.rdf.PARLEY}) and the {@link org.w3id.parley.rdf.Mapper}.
 */
package org.w3id.parley.rdf;
