/** Serving a Parley store over HTTP with Apache Jena Fuseki: SPARQL endpoints, read-only by default. */
package org.w3id.parley.server;
