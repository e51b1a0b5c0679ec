/**
 * SHACL validation of mapped data against {@code ontology/shapes.ttl}, with each violation
 * traced back to the input file and record it came from.
 */
package org.w3id.parley.validate;
