/** Running SPARQL queries (catalog queries and files) against a store, and writing their results. */
package org.w3id.parley.query;
