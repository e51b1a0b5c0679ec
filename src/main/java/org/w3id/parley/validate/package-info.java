/**
 * SHACL validation of mapped data against {@code ontology/shapes.ttl} and
 * {@code ontology/shapes-sparql.ttl}, with each violation
 * traced back to the input file and record it came from.
 */
package org.w3id.parley.validate;
