/**
 * Parley's input model: immutable records, one per kind of record in the curated JSON files.
 *
 * <p>Records validate their own shape in their compact constructors (required fields, codes,
 * slugs, dates), so a record that exists is well formed. Cross-record rules (unique IDs,
 * references that resolve) belong to {@link org.w3id.parley.json.Checker}, because they need
 * every file at once.
 */
package org.w3id.parley.model;
