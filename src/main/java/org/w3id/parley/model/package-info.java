/**
 * Parley's input model: immutable records, one per kind of record in the curated JSON files.
 *
 * <p>Records validate their own shape in their compact constructors (required fields, codes,
 * slugs, dates, with the rules of {@link org.w3id.parley.model.FieldRules}), so a record that
 * exists is well formed. Each code list is an enum here (see {@link org.w3id.parley.model.Code}).
 * Cross-record rules (unique IDs, references that resolve) belong to
 * {@link org.w3id.parley.json.CrossRecordRules}, because they need every file at once.
 */
package org.w3id.parley.model;
