/**
 * Linked data: Parley's entity IRIs answered over HTTP with content negotiation
 * ({@link org.w3id.parley.ld.LinkedDataServlet}), in the RDF formats of the dumps or as HTML.
 */
package org.w3id.parley.ld;
