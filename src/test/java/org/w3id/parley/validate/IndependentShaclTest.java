package org.w3id.parley.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.parley.ExternalTools;
import org.w3id.parley.Integration;
import org.w3id.parley.dump.DumpFixture;
import org.w3id.parley.rdf.PARLEY;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The bundled data conforms to {@code ontology/shapes.ttl} by the judgement of an independent
 * SHACL Core implementation, rdf-validate-shacl (JavaScript, from npm), not only Jena's; and that
 * validator does check: the same data with one provision's label removed is reported.
 *
 * <p>The test exports every graph of a store holding the bundled data (ontology, reference,
 * sources, derived) as one N-Triples file, so subclass links are present, and runs
 * {@code src/test/resources/shacl/validate-shacl.mjs} with Node. The packages come from
 * {@code npm install -g rdf-validate-shacl @zazuko/env-node} ({@code .ci/run}); the test links
 * {@code npm root -g} as the script's {@code node_modules}.
 */
@Integration
class IndependentShaclTest {
    private static final Path WORK = Path.of("target", "independent-shacl");
    private static final Path SCRIPT = Path.of("src/test/resources/shacl/validate-shacl.mjs");
    private static final Path SHAPES = Path.of("ontology/shapes.ttl");
    private static final String SHAPES_NS = "https://w3id.org/parley/shapes#";

    private static Graph data;

    @BeforeAll
    static void setUp() throws IOException {
        ExternalTools.require("Node.js with rdf-validate-shacl and @zazuko/env-node",
                "apt-get install nodejs npm; npm install -g rdf-validate-shacl @zazuko/env-node",
                List.of("sh", "-c", "test -d \"$(npm root -g)/rdf-validate-shacl\" && test -d \"$(npm root -g)/@zazuko/env-node\""));
        Files.createDirectories(WORK);
        Path modules = WORK.resolve("node_modules");
        if (!Files.exists(modules, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String root = ExternalTools.run(List.of("npm", "root", "-g"), null, 60).out().trim();
            Files.createSymbolicLink(modules, Path.of(root));
        }
        Files.copy(SCRIPT, WORK.resolve(SCRIPT.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        var dsg = DumpFixture.store().datasetGraph();
        data = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> data.add(q.asTriple())));
    }

    @Test
    void theBundledDataConformsToShapesTtl() throws IOException {
        JsonNode report = validate(data, "bundled.nt");
        assertEquals(data.size(), report.get("data").asLong(), "rdf-validate-shacl read every triple");
        assertTrue(data.size() > 3000, "suspiciously little data: " + data.size());
        long shapes = RDFDataMgr.loadGraph(SHAPES.toString()).size();
        assertEquals(shapes, report.get("shapes").asLong(), "rdf-validate-shacl read every triple of shapes.ttl");
        assertTrue(report.get("conforms").asBoolean(), "rdf-validate-shacl: the bundled data does not conform:\n"
                + report.get("results").toPrettyString());
        assertEquals(0, report.get("results").size(), report.toPrettyString());
    }

    @Test
    void aProvisionWithoutItsLabelIsReported() throws IOException {
        Node provision = data.find(Node.ANY, RDF.Nodes.type, NodeFactory.createURI(PARLEY.NS + "Provision"))
                .mapWith(Triple::getSubject).toList().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .findFirst().orElseThrow(() -> new AssertionError("no provision in the bundled data"));
        Graph bad = GraphFactory.createDefaultGraph();
        data.find().forEachRemaining(t -> {
            if (!(t.getSubject().equals(provision) && t.getPredicate().equals(RDFS.Nodes.label))) bad.add(t);
        });
        assertEquals(data.size() - 1, bad.size(), "the provision had one label");
        JsonNode report = validate(bad, "unlabelled-provision.nt");
        assertFalse(report.get("conforms").asBoolean(), "rdf-validate-shacl missed the missing label of " + provision);
        List<String> found = new ArrayList<>();
        for (JsonNode r : report.get("results"))
            found.add(r.get("focusNode").asText() + " " + r.get("sourceShape").asText());
        assertEquals(List.of(provision.getURI() + " " + SHAPES_NS + "Provision-label"), found, report.toPrettyString());
    }

    private static JsonNode validate(Graph g, String name) throws IOException {
        Path file = WORK.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, g, Lang.NTRIPLES);
        }
        ExternalTools.Result r = ExternalTools.run(List.of("node", SCRIPT.getFileName().toString(),
                SHAPES.toAbsolutePath().toString(), file.toAbsolutePath().toString()), WORK, 600);
        assertEquals(0, r.code(), "rdf-validate-shacl failed: " + r.describe());
        return new ObjectMapper().readTree(r.out());
    }
}
