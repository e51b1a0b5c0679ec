package org.w3id.parley.ld;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.parley.rdf.PARLEY;
import org.w3id.parley.store.TdbStore;
import org.w3id.parley.validate.Ontology;

import static org.junit.jupiter.api.Assertions.*;

/** The HTML reference of the ontology, built from the bundled files with a few terms added, over an empty store. */
class OntologyReferenceTest {
    private static final String MARK = " <i>&\"'";
    private static final String ESCAPED = " &lt;i&gt;&amp;&quot;&#39;";

    @Test
    void everyTextOfTheOntologyAndTheShapesIsEscaped() {
        Ontology bundled = Ontology.bundled();
        Graph ontology = GraphFactory.createDefaultGraph(), shapes = GraphFactory.createDefaultGraph();
        bundled.ontology().find().forEachRemaining(ontology::add);
        bundled.shapes().find().forEachRemaining(shapes::add);
        Node scheme = NodeFactory.createURI(PARLEY.NS + "MarkScheme"), concept = NodeFactory.createURI(PARLEY.NS + "Marked");
        ontology.add(Triple.create(scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
        ontology.add(Triple.create(scheme, RDFS.label.asNode(), NodeFactory.createLiteralLang("Marks" + MARK, "en")));
        ontology.add(Triple.create(scheme, SKOS.definition.asNode(), NodeFactory.createLiteralLang("Defined" + MARK, "en")));
        ontology.add(Triple.create(concept, RDF.type.asNode(), SKOS.Concept.asNode()));
        ontology.add(Triple.create(concept, SKOS.inScheme.asNode(), scheme));
        ontology.add(Triple.create(concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Marked" + MARK, "en")));
        ontology.add(Triple.create(concept, SKOS.notation.asNode(), NodeFactory.createLiteralString("m" + MARK)));
        Node shape = NodeFactory.createURI(OntologyReference.PARLEYSH + "MarkShape");
        shapes.add(Triple.create(shape, NodeFactory.createURI(OntologyReference.SH + "targetClass"), NodeFactory.createURI(PARLEY.NS + "Stance")));
        shapes.add(Triple.create(shape, RDFS.comment.asNode(), NodeFactory.createLiteralString("Commented" + MARK)));
        shapes.add(Triple.create(shape, NodeFactory.createURI(OntologyReference.SH + "message"), NodeFactory.createLiteralString("Message" + MARK)));

        String html;
        try (TdbStore empty = TdbStore.inMemory()) {
            html = new OntologyReference(ontology, shapes).render(empty.datasetGraph(), "/a&b");
        }
        assertFalse(html.contains("<i>"), "a text written unescaped");
        assertFalse(html.contains("/a&b"), "the context path written unescaped");
        for (String where : new String[] {
                "<h3>Marks" + ESCAPED + " <small><code>parley:MarkScheme</code></small></h3>",
                "<p>Defined" + ESCAPED + "</p>",
                "<td>Marked" + ESCAPED + "</td><td>m" + ESCAPED + "</td>",
                "<p>Commented" + ESCAPED + "</p>",
                "<p><q>Message" + ESCAPED + "</q></p>",
                "<a href=\"/a&amp;b/ontology/parley.ttl\">Turtle</a>"})
            assertTrue(html.contains(where), "escaped: " + where);
    }
}
