/**
 * The stance report: the store read with SPARQL ({@code org/w3id/parley/report/*.rq}) into a
 * stance matrix, a timeline and a view per region, rendered as one self-contained HTML page.
 */
package org.w3id.parley.report;
