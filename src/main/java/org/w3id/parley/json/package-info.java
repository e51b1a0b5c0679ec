/**
 * Reading the curated JSON input: strict Jackson parsing into {@link org.w3id.parley.model}
 * records, and the cross-file {@link org.w3id.parley.json.Checker}. Every error is a
 * {@link org.w3id.parley.json.Problem} that names the file, line, column and JSON pointer.
 */
package org.w3id.parley.json;
