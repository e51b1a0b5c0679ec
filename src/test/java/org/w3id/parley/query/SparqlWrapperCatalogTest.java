package org.w3id.parley.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.w3id.parley.ExternalTools;
import org.w3id.parley.Integration;
import org.w3id.parley.TestSupport;
import org.w3id.parley.dump.DumpFixture;
import org.w3id.parley.server.ParleyServer;
import org.w3id.parley.store.TdbStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every file of the query catalog, sent as it is (header included, parameters unbound) through
 * SPARQLWrapper (Debian's python3-sparqlwrapper) to a Parley server on loopback serving the
 * bundled data: SPARQLWrapper takes it for the query form it really has (Jena's parser says which),
 * and gets as many rows as the same text run embedded on the same store. SPARQLWrapper guesses the
 * form from the text after removing comments with a regular expression that removes only every
 * other line of a block of consecutive comment lines; the catalog's headers therefore put a blank
 * line after each header line, and this test keeps it so. Python runs with {@code -W error}, so a
 * query whose form SPARQLWrapper cannot detect fails too.
 */
@Integration
class SparqlWrapperCatalogTest {
    private static final String SCRIPT = """
            import json, sys
            from SPARQLWrapper import SPARQLWrapper, JSON, TURTLE
            import rdflib
            endpoint = sys.argv[1]
            out = {}
            for path in sys.argv[2:]:
                with open(path, encoding='utf-8') as f:
                    text = f.read()
                s = SPARQLWrapper(endpoint)
                s.setQuery(text)
                form = s.queryType
                if form in ('CONSTRUCT', 'DESCRIBE'):
                    s.setReturnFormat(TURTLE)
                    g = rdflib.Graph()
                    g.parse(data=s.query().convert(), format='turtle')
                    rows = len(g)
                else:
                    s.setReturnFormat(JSON)
                    res = s.query().convert()
                    rows = (1 if res['boolean'] else 0) if form == 'ASK' else len(res['results']['bindings'])
                out[path] = {'form': form, 'rows': rows}
            print(json.dumps(out))
            """;

    @Test
    void sparqlWrapperDetectsEveryCatalogQuerysFormAndGetsItsRows() throws IOException {
        String py = ExternalTools.python();
        ExternalTools.require("python3 with SPARQLWrapper and rdflib", "apt-get install python3-sparqlwrapper python3-rdflib",
                List.of(py, "-c", "import SPARQLWrapper, rdflib"));
        List<Path> files;
        try (Stream<Path> s = Files.list(TestSupport.QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() > 30, "catalog files: " + files);

        TdbStore store = DumpFixture.store();
        Map<String, String> forms = new TreeMap<>();
        Map<String, Long> rows = new TreeMap<>();
        for (Path f : files) {
            String text = Files.readString(f);
            Query q = QueryFactory.create(text);
            forms.put(f.toString(), form(q));
            rows.put(f.toString(), store.read(c -> {
                try (QueryExecution qe = c.query(q)) {
                    if (q.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        long n = 0;
                        while (rs.hasNext()) { rs.next(); n++; }
                        return n;
                    }
                    if (q.isAskType()) return qe.execAsk() ? 1L : 0L;
                    return (long) (q.isConstructType() ? qe.execConstruct() : qe.execDescribe()).size();
                }
            }));
        }

        ParleyServer server = ParleyServer.create().port(0).host("127.0.0.1").dataset(store.datasetGraph()).build().start();
        JsonNode report;
        try {
            List<String> cmd = new ArrayList<>(List.of(py, "-W", "error", "-c", SCRIPT, server.sparqlUrl()));
            files.forEach(f -> cmd.add(f.toString()));
            ExternalTools.Result r = ExternalTools.run(cmd, null, 600);
            assertEquals(0, r.code(), r.describe());
            assertEquals("", r.err(), "SPARQLWrapper warned");
            report = new ObjectMapper().readTree(r.out());
        } finally {
            server.close();
        }
        List<String> wrong = new ArrayList<>();
        long nonEmpty = 0;
        for (Path f : files) {
            JsonNode got = report.get(f.toString());
            assertNotNull(got, f + " was not sent");
            String form = got.get("form").asText();
            long n = got.get("rows").asLong();
            if (!form.equals(forms.get(f.toString()))) wrong.add(f.getFileName() + ": SPARQLWrapper takes it for " + form + ", it is " + forms.get(f.toString()));
            if (n != rows.get(f.toString())) wrong.add(f.getFileName() + ": " + n + " rows through SPARQLWrapper, " + rows.get(f.toString()) + " embedded");
            if (n > 0) nonEmpty++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(nonEmpty > files.size() / 2, "most catalog queries answer rows on the bundled data: " + nonEmpty);
    }

    private static String form(Query q) {
        if (q.isSelectType()) return "SELECT";
        if (q.isAskType()) return "ASK";
        if (q.isConstructType()) return "CONSTRUCT";
        if (q.isDescribeType()) return "DESCRIBE";
        throw new IllegalStateException("unexpected query form " + q.queryType());
    }
}
