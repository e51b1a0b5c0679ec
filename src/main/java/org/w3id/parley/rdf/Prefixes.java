package org.w3id.parley.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.w3id.parley.model.Kinds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prefixes Parley writes RDF with: the vocabularies it uses, and one prefix per kind of
 * record, so that a dump reads {@code stance:ukraine-crimea-red-line parley:holder party:ukraine}
 * rather than full IRIs.
 *
 * <pre>{@code
 * RDFDataMgr.write(out, Prefixes.over(datasetGraph), RDFFormat.TRIG);
 * }</pre>
 */
public final class Prefixes {
    private Prefixes() {}

    /** Prefix → namespace IRI, vocabularies first, then record kinds ({@code party:}, {@code stance:} …). */
    public static final Map<String, String> ALL = build();

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("parley", PARLEY.NS);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("schema", "https://schema.org/");
        m.put("foaf", "http://xmlns.com/foaf/0.1/");
        m.put("geo", "http://www.opengis.net/ont/geosparql#");
        m.put("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
        m.put("vann", "http://purl.org/vocab/vann/");
        m.put("wd", Ids.WIKIDATA);
        m.put("scheme", Ids.ID_BASE + "scheme/");
        m.put("pax", Ids.ID_BASE + "pax/");
        m.put("cameo", Ids.ID_BASE + "cameo/");
        m.put("plover", Ids.ID_BASE + "plover/");
        for (String kind : List.of(Kinds.SOURCE, Kinds.PARTY, Kinds.PERSON, Kinds.ROLE, Kinds.REGION, Kinds.PLACE,
                Kinds.ISSUE, Kinds.OPTION, Kinds.PROPOSAL, Kinds.PROVISION, Kinds.OBLIGATION, Kinds.STANCE,
                Kinds.EVENT, Kinds.PARTICIPATION, Kinds.CLAIM, Kinds.CONSTRAINT, Kinds.DEADLINE, Kinds.QUESTION,
                Kinds.ASSESSMENT, Kinds.RELATION, Kinds.CONFIRMATION))
            m.put(kind, Ids.ID_BASE + kind + "/");
        return Collections.unmodifiableMap(m);
    }

    /** The prefixes as a RIOT prefix map (for writing datasets). */
    public static PrefixMap prefixMap() {
        return PrefixMapFactory.create(ALL);
    }

    /** The prefixes as a prefix mapping (for writing graphs and models). */
    public static PrefixMapping prefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(ALL).lock();
    }

    /**
     * A read-through view of a dataset that writers see with Parley's prefixes; the dataset's own
     * prefixes are neither read nor changed.
     */
    public static DatasetGraph over(DatasetGraph dsg) {
        PrefixMap pm = prefixMap();
        return new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return pm;
            }
        };
    }

    /** A read-through view of a graph that writers see with Parley's prefixes. */
    public static Graph over(Graph graph) {
        PrefixMapping pm = prefixMapping();
        return new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return pm;
            }
        };
    }
}
