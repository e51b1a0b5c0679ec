package org.w3id.parley.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.parley.rdf.PARLEY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The class diagram of ontology/README.md, a Mermaid diagram and the diagram's only source, says
 * nothing the ontology does not: every class it draws is a class of parley.ttl, every attribute
 * and arrow a property, and every subclass arrow a subclass axiom.
 */
class OntologyDiagramTest {
    /** Names Mermaid cannot write with a prefix, and the terms of other vocabularies the diagram shows. */
    private static final Map<String, String> OTHER_TERMS = Map.of(
            "prov_wasDerivedFrom", "http://www.w3.org/ns/prov#wasDerivedFrom",
            "title", "http://purl.org/dc/terms/title",
            "comment", RDFS.comment.getURI());
    private static final Pattern CLASS = Pattern.compile("class (\\w+)( \\{)?");
    private static final Pattern SUBCLASS = Pattern.compile("(\\w+) <\\|-- (\\w+)");
    private static final Pattern ARROW = Pattern.compile("(\\w+) --> (\\w+) : (\\w+)");

    @Test
    void theDiagramDrawsOnlyWhatTheOntologyDeclares() throws IOException {
        String readme = Files.readString(Path.of("ontology/README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("### Class diagram\\s+```mermaid\\n(classDiagram\\n.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "ontology/README.md has a Mermaid class diagram under 'Class diagram'");
        Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");

        List<String> wrong = new ArrayList<>();
        int classes = 0, subclasses = 0, arrows = 0;
        boolean inBody = false;
        for (String raw : block.group(1).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.equals("classDiagram") || line.startsWith("direction ")) continue;
            if (inBody) {
                if (line.equals("}")) inBody = false;
                else if (!isProperty(ontology, line)) wrong.add("attribute " + line + " is not a property");
                continue;
            }
            Matcher m;
            if ((m = CLASS.matcher(line)).matches()) {
                classes++;
                if (!isClass(ontology, m.group(1))) wrong.add("class " + m.group(1) + " is not a class of parley.ttl");
                inBody = m.group(2) != null;
            } else if ((m = SUBCLASS.matcher(line)).matches()) {
                subclasses++;
                Resource sup = ontology.createResource(PARLEY.NS + m.group(1)), sub = ontology.createResource(PARLEY.NS + m.group(2));
                if (!ontology.contains(sub, RDFS.subClassOf, sup)) wrong.add(line + ": parley.ttl has no such rdfs:subClassOf");
            } else if ((m = ARROW.matcher(line)).matches()) {
                arrows++;
                for (String c : List.of(m.group(1), m.group(2)))
                    if (!isClass(ontology, c)) wrong.add(line + ": " + c + " is not a class of parley.ttl");
                if (!isProperty(ontology, m.group(3))) wrong.add(line + ": " + m.group(3) + " is not a property");
            } else {
                wrong.add("a line the test does not read: " + line);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(classes > 20 && subclasses > 5 && arrows > 40, "the diagram shows the model: " + classes + " classes, "
                + subclasses + " subclass arrows, " + arrows + " arrows");
    }

    private static boolean isClass(Model ontology, String name) {
        return ontology.contains(ontology.createResource(PARLEY.NS + name), RDF.type, OWL.Class);
    }

    private static boolean isProperty(Model ontology, String name) {
        if (OTHER_TERMS.containsKey(name)) return true;
        Resource p = ontology.createResource(PARLEY.NS + name);
        return ontology.contains(p, RDF.type, OWL.ObjectProperty) || ontology.contains(p, RDF.type, OWL.DatatypeProperty);
    }
}
