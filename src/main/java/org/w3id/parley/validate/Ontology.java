package org.w3id.parley.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.parley.Bundled;
import org.w3id.parley.rdf.Ids;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bundled ontology (every {@code ontology/*.ttl} but the shapes and the examples) and the
 * SHACL shapes ({@code shapes.ttl} with {@code shapes-sparql.ttl}), parsed once.
 */
public final class Ontology {
    private static volatile Ontology instance;

    private final Graph ontology;
    private final Graph shapes;
    private final Set<String> paxSlugs;

    private Ontology(Graph ontology, Graph shapes) {
        this.ontology = ontology;
        this.shapes = shapes;
        Set<String> pax = new TreeSet<>();
        String base = Ids.ID_BASE + "pax/";
        ontology.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(base)) pax.add(s.getURI().substring(base.length()));
        });
        this.paxSlugs = Set.copyOf(pax);
    }

    /** The bundled ontology, loaded on first use. */
    public static Ontology bundled() {
        Ontology o = instance;
        if (o == null) {
            synchronized (Ontology.class) {
                if (instance == null) instance = load();
                o = instance;
            }
        }
        return o;
    }

    private static Ontology load() {
        Graph ont = GraphFactory.createDefaultGraph();
        Graph shapes = GraphFactory.createDefaultGraph();
        List<Bundled.Entry> files = Bundled.list(Bundled.ONTOLOGY, ".ttl");
        if (files.isEmpty()) throw new IllegalStateException("no bundled ontology: the jar is incomplete");
        for (Bundled.Entry e : files) {
            if (e.name().contains("/examples/")) continue;
            Graph target = isShapes(e.name()) ? shapes : ont;
            RDFParser.source(e.path()).lang(Lang.TURTLE).parse(target);
        }
        return new Ontology(ont, shapes);
    }

    /**
     * Whether a bundled file holds shapes: {@code shapes.ttl} (SHACL Core) and
     * {@code shapes-sparql.ttl} (the SHACL-SPARQL rules), which are validated together.
     */
    static boolean isShapes(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.equals(SHAPES_CORE) || file.equals(SHAPES_SPARQL);
    }

    /** The file of the SHACL Core shapes, which any Core validator can use alone. */
    public static final String SHAPES_CORE = "shapes.ttl";
    /** The file of the shapes that need SHACL-SPARQL; Parley validates against both files. */
    public static final String SHAPES_SPARQL = "shapes-sparql.ttl";

    /** The ontology graph (classes, properties, vocabularies, alignments). */
    public Graph ontology() {
        return ontology;
    }

    /** The SHACL shapes graph: the union of {@link #SHAPES_CORE} and {@link #SHAPES_SPARQL}. */
    public Graph shapes() {
        return shapes;
    }

    /** Slugs of the PA-X category concepts the alignments define. */
    public Set<String> paxSlugs() {
        return paxSlugs;
    }
}
