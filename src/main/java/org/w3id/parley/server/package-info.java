/**
 * Serving a Parley store over HTTP with Apache Jena Fuseki: SPARQL endpoints (read-only unless
 * writes are enabled with a password file), Fuseki's query UI, the query catalog page, the
 * stance report, a query timeout, CORS and a request log.
 */
package org.w3id.parley.server;
