package org.w3id.parley.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.parley.model.Ref;

/**
 * Parley's IRIs. Entities are {@code https://w3id.org/parley/id/{kind}/{slug}} and graphs
 * {@code https://w3id.org/parley/graph/…}; both derive only from record IDs, so re-importing
 * the same input yields the same IRIs.
 */
public final class Ids {
    private Ids() {}

    /** Base of entity IRIs. */
    public static final String ID_BASE = "https://w3id.org/parley/id/";
    /** Base of graph IRIs. */
    public static final String GRAPH_BASE = "https://w3id.org/parley/graph/";
    /** The graph holding the ontology and its alignments. */
    public static final String ONTOLOGY_GRAPH = GRAPH_BASE + "ontology";
    /** The graph holding reference data: parties, persons, regions, issues, options. */
    public static final String REFERENCE_GRAPH = GRAPH_BASE + "reference";
    /** The graph the derivation rules (ontology/rules/*.ru) write: timelines, conflicts, agreements. */
    public static final String DERIVED_GRAPH = GRAPH_BASE + "derived";
    /** Prefix of the graphs holding one source document each. */
    public static final String SOURCE_GRAPH_BASE = GRAPH_BASE + "source/";
    /** Wikidata entity namespace. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** IRI of an entity of a kind. */
    public static String entity(String kind, String slug) {
        return ID_BASE + kind + "/" + slug;
    }

    /** Node of an entity of a kind. */
    public static Node node(String kind, String slug) {
        return NodeFactory.createURI(entity(kind, slug));
    }

    /** Node of a typed reference {@code kind/slug}. */
    public static Node ref(Ref typed) {
        return node(typed.kind(), typed.slug());
    }

    /** IRI of a source's named graph. */
    public static String sourceGraph(String sourceSlug) {
        return SOURCE_GRAPH_BASE + sourceSlug;
    }

    /** The source slug of a source graph IRI, or null when it is not one. */
    public static String sourceSlugOf(String graphIri) {
        return graphIri.startsWith(SOURCE_GRAPH_BASE) ? graphIri.substring(SOURCE_GRAPH_BASE.length()) : null;
    }
}
