package org.w3id.parley.ontology;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.rdf.PARLEY;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The ontology files parse, the ontology is documented term by term, and {@link PARLEY} mirrors
 * {@code ontology/parley.ttl} exactly.
 */
class OntologyTest {

    static final Path ONTOLOGY = Path.of("ontology");
    static final Path PARLEY_TTL = ONTOLOGY.resolve("parley.ttl");
    static final Path ALIGNMENTS_TTL = ONTOLOGY.resolve("alignments.ttl");

    static final String VANN = "http://purl.org/vocab/vann/";
    static final String ID = "https://w3id.org/parley/id/";

    /** Types that declare a term of the parley: namespace. */
    static final Set<Resource> DECLARING_TYPES = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, SKOS.Concept, SKOS.ConceptScheme);

    static Model parley;
    static Model alignments;

    @BeforeAll
    static void load() {
        parley = RDFDataMgr.loadModel(PARLEY_TTL.toString());
        alignments = RDFDataMgr.loadModel(ALIGNMENTS_TTL.toString());
    }

    @Test
    void everyTurtleFileUnderOntologyParses() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ONTOLOGY)) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        assertTrue(files.size() > 3, "expected the ontology, alignments, shapes and examples, found " + files);
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            try {
                Model m = RDFDataMgr.loadModel(f.toString());
                if (m.isEmpty()) failures.add(f + ": no triples");
            } catch (RuntimeException e) {
                failures.add(f + ": " + e.getMessage());
            }
        }
        assertTrue(failures.isEmpty(), "Turtle files that do not parse:\n" + String.join("\n", failures));
    }

    @Test
    void ontologyHeaderNamesVersionTitleAndLicence() {
        Resource ont = parley.createResource(PARLEY.ONTOLOGY_IRI);
        assertTrue(ont.hasProperty(RDF.type, OWL.Ontology), "the ontology IRI must be typed owl:Ontology");
        assertTrue(ont.hasProperty(OWL2.versionIRI, parley.createResource(PARLEY.VERSION_IRI)),
                "owl:versionIRI must be " + PARLEY.VERSION_IRI);
        assertEquals("1.1.0", ont.getProperty(OWL.versionInfo).getString(), "owl:versionInfo");
        assertTrue(ont.hasProperty(DCTerms.title), "dcterms:title missing");
        assertTrue(ont.hasProperty(DCTerms.description), "dcterms:description missing");
        assertTrue(ont.hasProperty(DCTerms.created), "dcterms:created missing");
        assertTrue(ont.hasProperty(DCTerms.license,
                parley.createResource("https://creativecommons.org/licenses/by/4.0/")), "dcterms:license must be CC BY 4.0");
        assertEquals("parley",
                ont.getProperty(parley.createProperty(VANN, "preferredNamespacePrefix")).getString(),
                "vann:preferredNamespacePrefix");
    }

    @Test
    void everyClassAndPropertyHasLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (Resource term : declaredTerms(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            if (!hasEnglish(term, RDFS.label)) missing.add(term.getLocalName() + " (rdfs:label @en)");
            if (!hasEnglish(term, RDFS.comment)) missing.add(term.getLocalName() + " (rdfs:comment @en)");
        }
        assertTrue(missing.isEmpty(), "terms without documentation: " + missing);
    }

    @Test
    void everyVocabularyConceptHasLabelDefinitionNotationAndScheme() {
        List<String> missing = new ArrayList<>();
        for (Resource c : declaredTerms(SKOS.Concept)) {
            if (!hasEnglish(c, SKOS.prefLabel)) missing.add(c.getLocalName() + " (skos:prefLabel)");
            if (!hasEnglish(c, SKOS.definition)) missing.add(c.getLocalName() + " (skos:definition)");
            if (!c.hasProperty(SKOS.notation)) missing.add(c.getLocalName() + " (skos:notation)");
            if (!c.hasProperty(SKOS.inScheme)) missing.add(c.getLocalName() + " (skos:inScheme)");
        }
        for (Resource s : declaredTerms(SKOS.ConceptScheme)) {
            if (!hasEnglish(s, SKOS.prefLabel)) missing.add(s.getLocalName() + " (skos:prefLabel)");
            if (!hasEnglish(s, RDFS.label)) missing.add(s.getLocalName() + " (rdfs:label)");
        }
        assertTrue(missing.isEmpty(), "vocabulary terms without documentation: " + missing);
    }

    @Test
    void notationsAreUniqueWithinEachScheme() {
        Model all = ModelFactory.createUnion(parley, alignments);
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        all.listStatements(null, SKOS.notation, (RDFNode) null).forEachRemaining(st -> {
            Resource c = st.getSubject();
            for (Statement in : c.listProperties(SKOS.inScheme).toList()) {
                String key = in.getResource().getURI() + " " + st.getString();
                String prev = seen.put(key, c.getURI());
                if (prev != null && !prev.equals(c.getURI())) clashes.add(key + ": " + prev + ", " + c.getURI());
            }
        });
        assertTrue(clashes.isEmpty(), "duplicate notations: " + clashes);
    }

    @Test
    void eventClassNotationsAreTheJsonEventTypes() {
        Map<Resource, String> expected = Map.of(PARLEY.Meeting, "meeting", PARLEY.Visit, "visit",
                PARLEY.Statement, "statement", PARLEY.SocialMediaPost, "social-media-post",
                PARLEY.Communication, "communication", PARLEY.Publication, "publication",
                PARLEY.MilitaryOperation, "military-operation", PARLEY.Negotiation, "negotiation");
        expected.forEach((cls, code) -> {
            Resource r = parley.getResource(cls.getURI());
            assertTrue(r.hasProperty(RDFS.subClassOf, parley.getResource(PARLEY.Event.getURI())),
                    r.getLocalName() + " must be a subclass of parley:Event");
            assertEquals(code, r.getProperty(SKOS.notation).getString(), "notation of " + r.getLocalName());
        });
    }

    @Test
    void positionsAreRankedOneToSevenFromSupportsToRedLine() {
        List<Resource> order = List.of(PARLEY.Supports, PARLEY.AcceptsConditionally, PARLEY.OpenTo,
                PARLEY.Ambiguous, PARLEY.Sceptical, PARLEY.Opposes, PARLEY.RedLine);
        for (int i = 0; i < order.size(); i++) {
            Resource p = parley.getResource(order.get(i).getURI());
            assertEquals(i + 1, p.getRequiredProperty(parley.getProperty(PARLEY.rank.getURI())).getInt(),
                    "rank of " + p.getLocalName());
        }
        assertEquals(order.size(), parley.listSubjectsWithProperty(RDF.type, PARLEY.Position).toList().size(),
                "every position must be in the ranked list");
    }

    @Test
    void vocabularyClassAndOntologyAgreeBothWays() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        List<String> misnamed = new ArrayList<>();
        for (Field f : PARLEY.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (!Modifier.isStatic(mod) || !Modifier.isPublic(mod)) continue;
            Object v = f.get(null);
            if (!(v instanceof Resource r)) continue;
            if (!r.getURI().equals(PARLEY.NS + f.getName())) misnamed.add(f.getName() + " = " + r.getURI());
            constants.add(f.getName());
        }
        assertTrue(misnamed.isEmpty(), "constants whose IRI is not NS + field name: " + misnamed);

        Set<String> declared = new TreeSet<>();
        for (Resource t : declaredTerms(DECLARING_TYPES.toArray(Resource[]::new))) declared.add(t.getLocalName());

        Set<String> notDeclared = new TreeSet<>(constants);
        notDeclared.removeAll(declared);
        Set<String> noConstant = new TreeSet<>(declared);
        noConstant.removeAll(constants);
        assertTrue(notDeclared.isEmpty(), "PARLEY constants not declared in parley.ttl: " + notDeclared);
        assertTrue(noConstant.isEmpty(), "parley.ttl terms without a PARLEY constant: " + noConstant);
        assertEquals(PARLEY.NS, PARLEY.getURI());
    }

    @Test
    void everyParleyIriUsedInTheOntologyFilesIsDeclared() {
        Set<String> declared = new TreeSet<>();
        for (Resource t : declaredTerms(DECLARING_TYPES.toArray(Resource[]::new))) declared.add(t.getURI());
        Set<String> undeclared = new TreeSet<>();
        for (Model m : List.of(parley, alignments)) {
            m.listStatements().forEachRemaining(st -> {
                for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(PARLEY.NS)
                            && !declared.contains(n.asResource().getURI())) undeclared.add(n.asResource().getURI());
                }
            });
        }
        assertTrue(undeclared.isEmpty(), "parley: IRIs used but not declared in parley.ttl: " + undeclared);
    }

    @Test
    void ontologyGraphFilesHaveNoBlankNodes() {
        // Both files are loaded into the ontology named graph, which is replaced as a whole on
        // re-import; blank nodes would make that replacement non-idempotent across stores.
        for (Model m : List.of(parley, alignments)) {
            m.listStatements().forEachRemaining(st -> {
                if (st.getSubject().isAnon() || st.getObject().isAnon()) fail("blank node in ontology graph: " + st);
            });
        }
    }

    @Test
    void alignmentTargetsAreMirrorConceptsWithLabelNotationAndScheme() {
        List<Property> mappings = List.of(SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch,
                SKOS.exactMatch);
        Set<String> problems = new TreeSet<>();
        for (Property p : mappings) {
            alignments.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                Resource target = st.getResource();
                if (!target.getURI().startsWith(ID)) problems.add(target + " is not a Parley mirror IRI");
                else if (!target.hasProperty(RDF.type, SKOS.Concept)) problems.add(target + " is not defined");
            });
        }
        alignments.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            if (!c.hasProperty(SKOS.prefLabel)) problems.add(c + " has no skos:prefLabel");
            if (!c.hasProperty(SKOS.notation)) problems.add(c + " has no skos:notation");
            if (!c.hasProperty(SKOS.inScheme)) problems.add(c + " has no skos:inScheme");
        });
        for (String scheme : List.of("pax", "cameo", "plover")) {
            Resource s = alignments.getResource(ID + "scheme/" + scheme);
            assertTrue(s.hasProperty(RDF.type, SKOS.ConceptScheme), "scheme " + s + " missing");
        }
        alignments.listSubjectsWithProperty(SKOS.inScheme, alignments.getResource(ID + "scheme/pax"))
                .forEachRemaining(c -> {
                    if (!c.getURI().matches("https://w3id\\.org/parley/id/pax/[a-z0-9]+(-[a-z0-9]+)*"))
                        problems.add(c + " is not a valid PA-X mirror IRI");
                    if (!c.hasProperty(RDFS.comment)) problems.add(c + " has no rdfs:comment");
                });
        assertTrue(problems.isEmpty(), "alignment problems: " + problems);
        assertFalse(alignments.listSubjectsWithProperty(SKOS.inScheme,
                alignments.getResource(ID + "scheme/pax")).toList().isEmpty(), "no PA-X concepts");
    }

    /** The parley: subjects of parley.ttl typed with one of the given types, sorted by IRI. */
    static List<Resource> declaredTerms(Resource... types) {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        for (Resource type : types) {
            parley.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(PARLEY.NS)) out.add(s);
            });
        }
        return List.copyOf(out);
    }

    static boolean hasEnglish(Resource r, Property p) {
        for (Statement st : r.listProperties(p).toList()) {
            if (st.getObject().isLiteral()) {
                Literal l = st.getLiteral();
                if ("en".equals(l.getLanguage()) && !l.getString().isBlank()) return true;
            }
        }
        return false;
    }
}
