package org.w3id.parley.dump;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.w3id.parley.rdf.PARLEY;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts of one snapshot of the store, for its VoID description. Triple, subject, property
 * and class counts are taken over the union of the graphs (a triple in two graphs counts once);
 * graph sizes count each graph's own triples. Memory holds one entry per property, class,
 * graph and source — not per triple.
 *
 * @param triples          distinct triples in the union of the graphs
 * @param distinctSubjects distinct subjects in the union
 * @param properties       predicate IRI → triples using it (union)
 * @param classes          class IRI → distinct instances (union)
 * @param graphs           graph IRI → triples in that graph
 * @param sources          IRIs of the {@code parley:Source} instances
 * @param ontologyVersion  the ontology's {@code owl:versionInfo}, or null
 * @param ontologyVersionIri the ontology's {@code owl:versionIRI}, or null
 * @param latestSourceDate the latest publication date of a source ({@code dcterms:issued},
 *                         else {@code parley:publishedNotAfter}), as {@code yyyy-mm-dd}, or null
 */
record Stats(long triples, long distinctSubjects, SortedMap<String, Long> properties, SortedMap<String, Long> classes,
             SortedMap<String, Long> graphs, SortedSet<String> sources, String ontologyVersion,
             String ontologyVersionIri, String latestSourceDate) {

    Stats {
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
        graphs = Collections.unmodifiableSortedMap(new TreeMap<>(graphs));
        sources = Collections.unmodifiableSortedSet(new TreeSet<>(sources));
        if (triples < 0 || distinctSubjects < 0) throw new IllegalArgumentException("Illegal counts: triples=" + triples
                + ", distinctSubjects=" + distinctSubjects + ": counts are never negative");
    }

    /**
     * Counts a sorted, distinct stream of triple keys.
     *
     * @param tripleKeys the union, sorted (so each subject's triples are contiguous) and distinct
     * @param graphs     graph IRI → its size, counted while reading the store
     */
    static Stats of(Iterator<String> tripleKeys, Map<String, Long> graphs) {
        long triples = 0, subjects = 0;
        Map<String, Long> props = new TreeMap<>(), classes = new TreeMap<>();
        SortedSet<String> sources = new TreeSet<>();
        String version = null, versionIri = null, latest = null;
        String lastSubject = null;
        String type = RDF.type.getURI();
        while (tripleKeys.hasNext()) {
            String key = tripleKeys.next();
            Quad q = QuadLines.parse(key);
            triples++;
            Node s = q.getSubject(), p = q.getPredicate(), o = q.getObject();
            String subjectKey = key.substring(0, key.indexOf(' '));
            if (!subjectKey.equals(lastSubject)) subjects++;
            lastSubject = subjectKey;
            props.merge(p.getURI(), 1L, Long::sum);
            if (p.getURI().equals(type) && o.isURI()) {
                classes.merge(o.getURI(), 1L, Long::sum);
                if (o.getURI().equals(PARLEY.Source.getURI()) && s.isURI()) sources.add(s.getURI());
            }
            if (s.isURI() && s.getURI().equals(PARLEY.ONTOLOGY_IRI)) {
                if (p.equals(OWL.versionInfo.asNode()) && o.isLiteral()) version = o.getLiteralLexicalForm();
                if (p.equals(OWL.versionIRI.asNode()) && o.isURI()) versionIri = o.getURI();
            }
            if ((p.equals(DCTerms.issued.asNode()) || p.equals(PARLEY.publishedNotAfter.asNode()))
                    && o.isLiteral() && XSD.date.getURI().equals(o.getLiteralDatatypeURI())) {
                String d = o.getLiteralLexicalForm();
                if (d.matches("\\d{4}-\\d{2}-\\d{2}") && (latest == null || d.compareTo(latest) > 0)) latest = d;
            }
        }
        return new Stats(triples, subjects, new TreeMap<>(props), new TreeMap<>(classes), new TreeMap<>(graphs),
                sources, version, versionIri, latest);
    }
}
