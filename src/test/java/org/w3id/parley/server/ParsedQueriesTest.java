package org.w3id.parley.server;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.Test;
import org.w3id.parley.query.Catalog;
import org.w3id.parley.query.CatalogQuery;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoint's parsed queries: each copy is the query a fresh parse gives, and its own. */
class ParsedQueriesTest {
    /** Forms beyond the catalog's: every query type, datasets, a base, federation, paths, aggregates. */
    private static final List<String> FORMS = List.of(
            "ASK { ?s ?p ?o }",
            "DESCRIBE <urn:x:a> ?s WHERE { ?s a <urn:x:C> }",
            "CONSTRUCT { ?s <urn:x:p> ?o . _:b <urn:x:q> ?s } WHERE { ?s ?p ?o } LIMIT 5",
            "CONSTRUCT WHERE { ?s ?p ?o }",
            "BASE <http://example.org/base/> PREFIX ex: <rel/> SELECT * { <a> ex:p ?o }",
            "SELECT ?s FROM <urn:x:g> FROM NAMED <urn:x:h> WHERE { GRAPH ?g { ?s ?p ?o } }",
            "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
            "SELECT (COUNT(DISTINCT ?s) AS ?n) (GROUP_CONCAT(?o; separator=\"|\") AS ?all) { ?s <urn:x:p>+/^<urn:x:q>? ?o } "
                    + "GROUP BY ?s HAVING (COUNT(*) > 1) ORDER BY DESC(?n) OFFSET 2 LIMIT 3",
            "SELECT * { VALUES (?a ?b) { (1 \"x\"@en) (UNDEF <urn:x:b>) } OPTIONAL { ?a ?p ?b } MINUS { ?a a ?c } "
                    + "FILTER NOT EXISTS { ?b ?q ?r } BIND(IF(BOUND(?b), ?b, 0) AS ?d) } VALUES ?e { 1 2 }",
            "SELECT * { { SELECT ?s (MAX(?o) AS ?m) { ?s ?p ?o } GROUP BY ?s } UNION { ?s a ?t } }",
            "SELECT * { <<( ?s ?p ?o )>> ?q ?r . LATERAL { SELECT ?z { ?r ?y ?z } LIMIT 1 } }");

    @Test
    void aCopyIsTheQueryAFreshParseGives() {
        List<String> texts = new ArrayList<>(FORMS);
        for (CatalogQuery cq : Catalog.bundled().all()) texts.add(cq.text());
        ParsedQueries parsed = new ParsedQueries(1000);
        for (String text : texts) {
            Query fresh = ParsedQueries.parse(text);
            Query first = parsed.get(text), again = parsed.get(text);
            assertNotSame(first, again, text);
            for (Query copy : List.of(first, again)) {
                assertEquals(fresh.toString(), copy.toString(), text);
                assertEquals(fresh.queryType(), copy.queryType(), text);
                assertEquals(fresh.getResultVars(), copy.getResultVars(), text);
                assertEquals(fresh.getPrefixMapping().getNsPrefixMap(), copy.getPrefixMapping().getNsPrefixMap(), text);
                assertEquals(fresh.getBaseURI(), copy.getBaseURI(), text);
                assertEquals(fresh.explicitlySetBaseURI(), copy.explicitlySetBaseURI(), text);
                assertEquals(fresh, copy, text);
            }
        }
        assertEquals(texts.size(), parsed.size());
    }

    @Test
    void relativeIrisMadeByTheQueryResolveAsInAFreshParse() {
        ParsedQueries parsed = new ParsedQueries(4);
        for (String text : List.of("SELECT (IRI(\"x\") AS ?i) {}", "BASE <http://example.org/b/> SELECT (IRI(\"x\") AS ?i) {}")) {
            String fresh = iri(ParsedQueries.parse(text));
            assertTrue(fresh.endsWith("/x"), fresh);
            assertEquals(fresh, iri(parsed.get(text)), text);
            assertEquals(fresh, iri(parsed.get(text)), text);
        }
    }

    private static String iri(Query q) {
        try (QueryExecution qe = QueryExecutionFactory.create(q, DatasetFactory.create())) {
            return qe.execSelect().next().getResource("i").getURI();
        }
    }

    @Test
    void changingACopyLeavesTheNextAsParsed() {
        ParsedQueries parsed = new ParsedQueries(4);
        String text = "CONSTRUCT { ?s <urn:x:p> ?o } WHERE { ?s ?p ?o }";
        Query first = parsed.get(text);
        first.setLimit(10);
        first.getPrefixMapping().setNsPrefix("x", "urn:x:");
        Query next = parsed.get(text);
        assertFalse(next.hasLimit(), next.toString());
        assertTrue(next.getPrefixMapping().getNsPrefixMap().isEmpty(), next.toString());
    }

    @Test
    void theLeastRecentlyUsedLeavesFirstAndLongOrBadTextsAreNotKept() {
        ParsedQueries parsed = new ParsedQueries(2);
        parsed.get("ASK { ?a ?b ?c }");
        parsed.get("ASK { ?d ?e ?f }");
        parsed.get("ASK { ?a ?b ?c }");
        parsed.get("ASK { ?g ?h ?i }");
        assertEquals(2, parsed.size());
        assertFalse(parsed.holds("ASK { ?d ?e ?f }"), "the least recently used left");
        assertTrue(parsed.holds("ASK { ?a ?b ?c }") && parsed.holds("ASK { ?g ?h ?i }"));

        ParsedQueries one = new ParsedQueries(1);
        String padded = "ASK { ?s ?p ?o }\n#" + "x".repeat(ParsedQueries.LONGEST);
        assertTrue(one.get(padded).isAskType());
        assertEquals(0, one.size(), "a text over the longest kept is parsed, not kept");
        assertThrows(QueryParseException.class, () -> one.get("SELECT * { ?s ?p }"));
        assertEquals(0, one.size(), "a text that does not parse is not kept");
        assertThrows(IllegalArgumentException.class, () -> new ParsedQueries(0));
    }
}
