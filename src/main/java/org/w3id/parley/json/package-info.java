/**
 * Reading the curated JSON input: strict Jackson parsing into {@link org.w3id.parley.model}
 * records ({@link org.w3id.parley.json.InputReader}), the rules that span records and files
 * ({@link org.w3id.parley.json.CrossRecordRules}), and writing documents back in the input format
 * ({@link org.w3id.parley.json.InputWriter}). Every error is a
 * {@link org.w3id.parley.json.Problem} that names the file, line, column and JSON pointer.
 */
package org.w3id.parley.json;
