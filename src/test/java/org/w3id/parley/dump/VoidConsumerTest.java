package org.w3id.parley.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ExternalTools;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A naive VoID consumer's check passes on what {@code parley dump --all} publishes: read
 * description.ttl, load every {@code void:dataDump} it names, count the triples, compare with
 * {@code void:triples}. Done twice, by independent toolchains: Python's rdflib (Debian's
 * python3-rdflib) and Raptor's {@code rapper} (raptor2-utils). The dumps are published under a
 * {@code file:} base ({@code --dump-base}), so the consumer follows the IRIs the description
 * states, not file names the test knows. Without {@code --sparql-endpoint} no endpoint is named
 * (certainly no localhost); with it, the given one is.
 */
@Integration
class VoidConsumerTest {
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String PUBLIC_ENDPOINT = "https://parley.example.org/parley/sparql";

    @TempDir
    static Path dir;
    private static Path plain, withEndpoint;

    @BeforeAll
    static void publish() {
        String db = dir.resolve("db").toString();
        TestSupport.Run imp = TestSupport.cli("import", "--db", db, TestSupport.DATA.toString());
        assertEquals(0, imp.code(), imp.err());
        plain = dump(db, "plain");
        withEndpoint = dump(db, "endpoint", "--sparql-endpoint", PUBLIC_ENDPOINT);
    }

    private static Path dump(String db, String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("dump", "--db", db, "--all", out.toString(),
                "--dump-base", out.toAbsolutePath().toUri().toString().replaceAll("/?$", "/")));
        args.addAll(List.of(more));
        TestSupport.Run r = TestSupport.cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    private static final String RDFLIB_CONSUMER = """
            import json, sys, rdflib
            from rdflib.namespace import VOID
            desc = rdflib.Graph()
            desc.parse(sys.argv[1], format='turtle')
            out = []
            for ds, declared in desc.subject_objects(VOID.triples):
                dumps = sorted(str(d) for d in desc.objects(ds, VOID.dataDump))
                if not dumps:
                    continue
                counts = {}
                for d in dumps:
                    g = rdflib.Graph()
                    g.parse(d)
                    counts[d] = len(g)
                out.append({'dataset': str(ds), 'declared': int(declared), 'dumps': counts,
                            'endpoints': sorted(str(e) for e in desc.objects(ds, VOID.sparqlEndpoint))})
            print(json.dumps(out))
            """;

    @Test
    void rdflibCountsWhatVoidTriplesSays() throws IOException {
        String py = ExternalTools.python();
        ExternalTools.require("python3 with rdflib", "apt-get install python3-rdflib", List.of(py, "-c", "import rdflib"));
        JsonNode plainReport = rdflib(plain), endpointReport = rdflib(withEndpoint);
        for (JsonNode report : List.of(plainReport, endpointReport)) {
            assertEquals(1, report.size(), "one dataset with dumps: " + report);
            JsonNode ds = report.get(0);
            assertEquals(Dumper.DATASET, ds.get("dataset").asText());
            long sum = 0;
            for (JsonNode n : ds.get("dumps")) sum += n.asLong();
            assertTrue(ds.get("declared").asLong() > 3000, ds.toString());
            assertEquals(ds.get("declared").asLong(), sum, "triples in the void:dataDump files vs void:triples: " + ds);
        }
        assertEquals(0, plainReport.get(0).get("endpoints").size(), "no endpoint without --sparql-endpoint: " + plainReport);
        assertEquals(List.of(PUBLIC_ENDPOINT), texts(endpointReport.get(0).get("endpoints")));
    }

    @Test
    void rapperCountsWhatVoidTriplesSays() throws IOException {
        ExternalTools.require("rapper", "apt-get install raptor2-utils", List.of("rapper", "--version"));
        for (Path published : List.of(plain, withEndpoint)) {
            ExternalTools.Result r = ExternalTools.run(List.of("rapper", "-q", "-i", "turtle", "-o", "ntriples",
                    published.resolve(Dumper.DESCRIPTION_FILE).toString()), null, 120);
            assertEquals(0, r.code(), r.describe());
            assertEquals("", r.err(), "rapper warned about description.ttl");
            String ds = "<" + Dumper.DATASET + ">";
            long declared = -1;
            List<String> dumps = new ArrayList<>(), endpoints = new ArrayList<>();
            Pattern line = Pattern.compile("(\\S+) <([^>]+)> (.+) \\.");
            for (String l : r.out().split("\n")) {
                Matcher m = line.matcher(l);
                if (!m.matches() || !m.group(1).equals(ds)) continue;
                String object = m.group(3);
                switch (m.group(2).startsWith(VOID) ? m.group(2).substring(VOID.length()) : "") {
                    case "triples" -> declared = Long.parseLong(object.replaceAll("^\"(\\d+)\".*$", "$1"));
                    case "dataDump" -> dumps.add(object.substring(1, object.length() - 1));
                    case "sparqlEndpoint" -> endpoints.add(object.substring(1, object.length() - 1));
                    default -> { }
                }
            }
            assertFalse(dumps.isEmpty(), "no void:dataDump in " + published);
            long sum = 0;
            Pattern returned = Pattern.compile("Parsing returned (\\d+) triples");
            for (String d : dumps) {
                ExternalTools.Result c = ExternalTools.run(List.of("rapper", "-g", "-c", d), null, 120);
                assertEquals(0, c.code(), c.describe());
                Matcher m = returned.matcher(c.err());
                assertTrue(m.find(), c.err());
                sum += Long.parseLong(m.group(1));
            }
            assertEquals(declared, sum, published + ": triples in " + dumps + " vs void:triples");
            for (String e : endpoints) assertFalse(e.contains("localhost") || e.contains("127.0.0.1"), e);
            assertEquals(published == plain ? List.of() : List.of(PUBLIC_ENDPOINT), endpoints);
        }
    }

    private static JsonNode rdflib(Path published) throws IOException {
        ExternalTools.Result r = ExternalTools.run(List.of(ExternalTools.python(), "-c", RDFLIB_CONSUMER,
                published.resolve(Dumper.DESCRIPTION_FILE).toString()), null, 300);
        assertEquals(0, r.code(), r.describe());
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
