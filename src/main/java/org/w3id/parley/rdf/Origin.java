package org.w3id.parley.rdf;

/**
 * Where a mapped entity came from: the input file, and the JSON pointer and position of its record.
 *
 * @param file    the input file's name
 * @param pointer JSON pointer of the record
 * @param line    1-based line of the record, 0 if unknown
 * @param column  1-based column of the record, 0 if unknown
 */
public record Origin(String file, String pointer, int line, int column) {}
