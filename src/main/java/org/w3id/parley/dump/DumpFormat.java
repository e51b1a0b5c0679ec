package org.w3id.parley.dump;

import org.apache.jena.riot.Lang;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The RDF formats Parley writes. Formats with {@link #namedGraphs() named graphs} keep every
 * graph apart; the others hold the union of the graphs, each triple once.
 */
public enum DumpFormat {
    /** Turtle: the union of the graphs, grouped by subject. */
    TURTLE("turtle", "ttl", "text/turtle", false, "Turtle", Lang.TURTLE),
    /** N-Triples: the union of the graphs, one sorted triple a line. */
    NTRIPLES("ntriples", "nt", "application/n-triples", false, "N-Triples", Lang.NTRIPLES),
    /** N-Quads: every graph, one sorted quad a line. */
    NQUADS("nquads", "nq", "application/n-quads", true, "N-Quads", Lang.NQUADS),
    /** TriG: every graph, each grouped by subject. */
    TRIG("trig", "trig", "application/trig", true, "TriG", Lang.TRIG),
    /** JSON-LD 1.1 with named graphs and Parley's embedded context. */
    JSONLD("jsonld", "jsonld", "application/ld+json", true, "JSON-LD", Lang.JSONLD),
    /** RDF/XML: the union of the graphs, one {@code rdf:Description} per subject. */
    RDFXML("rdfxml", "rdf", "application/rdf+xml", false, "RDF/XML", Lang.RDFXML);

    private final String id;
    private final String extension;
    private final String mediaType;
    private final boolean namedGraphs;
    private final String title;
    private final Lang lang;

    DumpFormat(String id, String extension, String mediaType, boolean namedGraphs, String title, Lang lang) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
        this.namedGraphs = namedGraphs;
        this.title = title;
        this.lang = lang;
    }

    /** The name on the command line, e.g. {@code nquads}. */
    public String id() {
        return id;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The IANA media type. */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the format keeps named graphs apart (otherwise it holds their union). */
    public boolean namedGraphs() {
        return namedGraphs;
    }

    /** The format's usual name, e.g. {@code N-Quads}. */
    public String title() {
        return title;
    }

    /** Jena's language for this format (for reading dumps back). */
    public Lang lang() {
        return lang;
    }

    /** The W3C format IRI ({@code http://www.w3.org/ns/formats/…}) used in dataset descriptions. */
    public String formatIri() {
        return "http://www.w3.org/ns/formats/" + switch (this) {
            case TURTLE -> "Turtle";
            case NTRIPLES -> "N-Triples";
            case NQUADS -> "N-Quads";
            case TRIG -> "TriG";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF_XML";
        };
    }

    /** The command-line names of every format, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(DumpFormat::id).toList();
    }

    /**
     * The format with a command-line name.
     *
     * @throws IllegalArgumentException naming the bad value and the good ones
     */
    public static DumpFormat of(String id) {
        String key = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (DumpFormat f : values()) if (f.id.equals(key)) return f;
        throw new IllegalArgumentException("Illegal format=" + id + ": use one of " + ids());
    }
}
