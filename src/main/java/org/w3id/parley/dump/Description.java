package org.w3id.parley.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.parley.rdf.Ids;
import org.w3id.parley.rdf.PARLEY;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The dataset's description of itself: VoID (counts, partitions, endpoint, dumps, vocabularies,
 * linksets to Wikidata and GeoNames) and DCAT (one distribution per format), with licence and
 * provenance. Every IRI is minted from names and counts, never from the clock, so the same
 * store is described the same way every time.
 *
 * <p>The description is published beside the dumps ({@code description.ttl}), never inside
 * them. Counting what a dump holds would have to include the description in its own count, and
 * then {@code void:triples} would no longer be what the SPARQL endpoint holds; kept apart, a
 * consumer that loads the {@code void:dataDump} and counts finds {@code void:triples} exactly,
 * and a file can carry the byte sizes and checksums of the dumps, which no dump can carry
 * about itself.
 *
 * <p>{@code void:dataDump} names one file, the N-Triples dump. VoID reads several
 * {@code void:dataDump} values as parts of the dataset, to be loaded together; the six formats
 * are the same data six times, so the other five are only DCAT distributions. N-Triples is
 * the union of the graphs with each triple once, which is what {@code void:triples} counts
 * (N-Quads would repeat a triple held by two graphs).
 */
final class Description {
    private Description() {}

    /** The IRI of the description as a graph (published as {@code description.ttl}). */
    static final String GRAPH = Ids.GRAPH_BASE + "description";
    /** The dataset's IRI. */
    static final String DATASET = "https://w3id.org/parley/dataset";
    /** The format of the one {@code void:dataDump}: the union, each triple once. */
    static final DumpFormat DATA_DUMP = DumpFormat.NTRIPLES;
    /** The data licence. */
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private static final String VOID = Prefixes.MAP.get("void");
    private static final String DCAT = Prefixes.MAP.get("dcat");
    private static final String SPDX = Prefixes.MAP.get("spdx");
    private static final String PROV = Prefixes.MAP.get("prov");
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    /** Links out that VoID lists as linksets: predicate → the target dataset. */
    private static final Map<String, String> LINKSETS = Map.of(
            PARLEY.wikidata.getURI(), "https://www.wikidata.org/",
            PARLEY.geonames.getURI(), "https://www.geonames.org/");

    /**
     * The description of a snapshot.
     *
     * @param stats         the snapshot's counts
     * @param settings      endpoint (or none), dump location and date
     * @param distributions measured files (sizes and checksums), or an empty list
     */
    static Graph build(Stats stats, Settings settings, List<Distribution> distributions) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = uri(DATASET);
        g.add(ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        g.add(ds, RDF.type.asNode(), uri(DCAT + "Dataset"));
        g.add(ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Parley", "en"));
        g.add(ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "A knowledge graph of negotiation positions: who proposed what, who accepts or rejects which term,"
                        + " on what conditions, since when, and on whose word.", "en"));
        g.add(ds, DCTerms.license.asNode(), uri(LICENCE));
        g.add(ds, uri(DCAT + "landingPage"), uri("https://w3id.org/parley"));
        String modified = settings.modified() != null ? settings.modified() : stats.latestSourceDate();
        if (modified != null) g.add(ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(modified, XSDDatatype.XSDdate));
        if (stats.ontologyVersion() != null)
            g.add(ds, OWL.versionInfo.asNode(), NodeFactory.createLiteralString(stats.ontologyVersion()));
        g.add(ds, DCTerms.conformsTo.asNode(), uri(stats.ontologyVersionIri() != null ? stats.ontologyVersionIri() : PARLEY.ONTOLOGY_IRI));
        for (String source : stats.sources()) g.add(ds, uri(PROV + "wasDerivedFrom"), uri(source));

        g.add(ds, uri(VOID + "triples"), count(stats.triples()));
        g.add(ds, uri(VOID + "distinctSubjects"), count(stats.distinctSubjects()));
        g.add(ds, uri(VOID + "properties"), count(stats.properties().size()));
        g.add(ds, uri(VOID + "classes"), count(stats.classes().size()));
        g.add(ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Ids.ID_BASE));
        if (settings.sparqlEndpoint() != null) g.add(ds, uri(VOID + "sparqlEndpoint"), uri(settings.sparqlEndpoint()));
        TreeSet<String> vocabularies = new TreeSet<>();
        for (String p : stats.properties().keySet()) vocabulary(p, vocabularies);
        for (String c : stats.classes().keySet()) vocabulary(c, vocabularies);
        for (String v : vocabularies) g.add(ds, uri(VOID + "vocabulary"), uri(v));
        stats.properties().forEach((p, n) -> {
            Node part = uri(DATASET + "/property/" + slug(p));
            g.add(ds, uri(VOID + "propertyPartition"), part);
            g.add(part, uri(VOID + "property"), uri(p));
            g.add(part, uri(VOID + "triples"), count(n));
        });
        stats.classes().forEach((c, n) -> {
            Node part = uri(DATASET + "/class/" + slug(c));
            g.add(ds, uri(VOID + "classPartition"), part);
            g.add(part, uri(VOID + "class"), uri(c));
            g.add(part, uri(VOID + "entities"), count(n));
        });
        stats.graphs().forEach((graph, n) -> {
            Node sub = uri(graph);
            g.add(ds, uri(VOID + "subset"), sub);
            g.add(sub, RDF.type.asNode(), uri(VOID + "Dataset"));
            g.add(sub, uri(VOID + "triples"), count(n));
            String slug = Ids.sourceSlugOf(graph);
            if (slug != null) g.add(sub, DCTerms.source.asNode(), Ids.node("source", slug));
        });
        LINKSETS.forEach((predicate, target) -> {
            Long n = stats.properties().get(predicate);
            if (n == null) return;
            Node ls = uri(DATASET + "/linkset/" + predicate.substring(PARLEY.NS.length()));
            g.add(ds, uri(VOID + "subset"), ls);
            g.add(ls, RDF.type.asNode(), uri(VOID + "Linkset"));
            g.add(ls, uri(VOID + "subjectsTarget"), ds);
            g.add(ls, uri(VOID + "objectsTarget"), uri(target));
            g.add(ls, uri(VOID + "linkPredicate"), uri(predicate));
            g.add(ls, uri(VOID + "triples"), count(n));
        });

        for (DumpFormat f : DumpFormat.values()) {
            Node dist = uri(distribution(f));
            String file = settings.dumpBase() + fileName(f);
            g.add(ds, uri(DCAT + "distribution"), dist);
            if (f == DATA_DUMP) g.add(ds, uri(VOID + "dataDump"), uri(file));
            g.add(ds, uri(VOID + "feature"), uri(f.formatIri()));
            g.add(dist, RDF.type.asNode(), uri(DCAT + "Distribution"));
            g.add(dist, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Parley in " + f.title(), "en"));
            g.add(dist, DCTerms.description.asNode(), NodeFactory.createLiteralLang(f.namedGraphs()
                    ? "Every named graph kept apart; the data only."
                    : f.title() + " has no named graphs: the union of the graphs, each triple once; the data only."
                    + (f == DATA_DUMP ? " This is the void:dataDump: it holds exactly void:triples triples." : ""), "en"));
            g.add(dist, uri(DCAT + "mediaType"), uri(IANA + f.mediaType()));
            g.add(dist, DCTerms.format.asNode(), uri(f.formatIri()));
            g.add(dist, uri(DCAT + "downloadURL"), uri(file));
            g.add(dist, uri(DCAT + "accessURL"), uri(file));
            g.add(dist, DCTerms.license.asNode(), uri(LICENCE));
        }
        // The separate description with the sizes and checksums no dump can hold about itself.
        Node about = uri(DATASET + "/dump/description");
        String aboutFile = settings.dumpBase() + Dumper.DESCRIPTION_FILE;
        g.add(ds, RDFS.seeAlso.asNode(), uri(aboutFile));
        g.add(ds, uri(DCAT + "distribution"), about);
        g.add(about, RDF.type.asNode(), uri(DCAT + "Distribution"));
        g.add(about, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Parley dataset description", "en"));
        g.add(about, DCTerms.description.asNode(), NodeFactory.createLiteralLang("This description in Turtle, with the"
                + " byte size (dcat:byteSize) and SHA-256 checksum (spdx:checksum) of every dump; no data.", "en"));
        g.add(about, uri(DCAT + "mediaType"), uri(IANA + DumpFormat.TURTLE.mediaType()));
        g.add(about, DCTerms.format.asNode(), uri(DumpFormat.TURTLE.formatIri()));
        g.add(about, uri(DCAT + "downloadURL"), uri(aboutFile));
        g.add(about, uri(DCAT + "accessURL"), uri(aboutFile));
        g.add(about, DCTerms.license.asNode(), uri(LICENCE));
        for (Distribution d : distributions) {
            Node dist = uri(distribution(d.format()));
            Node sum = uri(distribution(d.format()) + "/sha256");
            g.add(dist, uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(d.bytes()), XSDDatatype.XSDnonNegativeInteger));
            g.add(dist, uri(SPDX + "checksum"), sum);
            g.add(sum, RDF.type.asNode(), uri(SPDX + "Checksum"));
            g.add(sum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
            g.add(sum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }
        return g;
    }

    /** The IRI of a format's distribution. */
    static String distribution(DumpFormat f) {
        return DATASET + "/dump/" + f.id();
    }

    /** The file name of a format's distribution, e.g. {@code parley.nq}. */
    static String fileName(DumpFormat f) {
        return "parley." + f.extension();
    }

    /**
     * Adds the vocabulary of a property or class: its known namespace, else the IRI up to its
     * last '#' or '/', so that every vocabulary in use is listed. Parley's entity space is data,
     * not a vocabulary.
     */
    private static void vocabulary(String iri, TreeSet<String> out) {
        if (iri.startsWith(Ids.ID_BASE)) return;
        String prefix = Prefixes.prefixOf(iri);
        if (prefix != null) {
            out.add(Prefixes.MAP.get(prefix));
            return;
        }
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        if (cut > iri.indexOf("://") + 2) out.add(iri.substring(0, cut + 1));
    }

    /**
     * A readable, stable IRI segment for a term: {@code prefix-local} for the vocabularies of
     * {@link Prefixes} (vann included), else a hash of the IRI, which is as stable but unreadable.
     */
    private static String slug(String iri) {
        String q = Prefixes.qname(iri);
        if (q != null) return q.replace(':', '-');
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(iri.getBytes(StandardCharsets.UTF_8));
            return "h-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * What the description says about where the data lives.
     *
     * @param sparqlEndpoint the public SPARQL endpoint IRI, or null to name none
     * @param dumpBase       where the dump files are published (ends with '/')
     * @param modified       {@code dcterms:modified} as {@code yyyy-mm-dd}, or null for the
     *                       latest publication date of a source
     */
    record Settings(String sparqlEndpoint, String dumpBase, String modified) {}
}
