package org.w3id.parley.dump;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.w3id.parley.TestSupport;
import org.w3id.parley.store.TdbStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plumbing for the dump and linked-data tests: the in-memory store of the bundled data that the
 * tests of a JVM share, dumps to bytes, strict network-free parsing, and datasets as
 * sets of N-Quads lines for comparison with readable differences.
 */
public final class DumpFixture {
    private DumpFixture() {}

    /** URLs the JSON-LD reader tried to fetch during {@link #parse}; tests assert it stays empty. */
    public static final List<URI> FETCHED = new CopyOnWriteArrayList<>();

    /** The in-memory store holding the bundled data, {@link TestSupport#sharedBundledStore() shared}: do not write to it. */
    public static TdbStore store() {
        return TestSupport.sharedBundledStore();
    }

    /** A dump as bytes. */
    public static byte[] dump(Dumper dumper, DumpFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dumper.write(format, out);
        return out.toByteArray();
    }

    /**
     * Parses bytes strictly (a warning is an error) into a dataset; JSON-LD with a document
     * loader that records and refuses every fetch, so a dump that needed the network fails.
     */
    public static DatasetGraph parse(byte[] bytes, DumpFormat format) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(format.lang()).base("http://invalid.example/base/")
                .errorHandler(ErrorHandlerFactory.errorHandlerStrict).context(noNetwork()).parse(dsg);
        return dsg;
    }

    /** A parser context whose JSON-LD document loader refuses (and records) every fetch. */
    public static Context noNetwork() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader((url, opts) -> {
            FETCHED.add(url);
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "network access refused in tests: " + url);
        });
        Context c = new Context();
        c.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return c;
    }

    /** Every quad as an N-Quads-like line (graph first, empty for the default graph), sorted. */
    public static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(line(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()))));
        return out;
    }

    /** The union of the graphs (default graph included) as triple lines, sorted. */
    public static Set<String> triples(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(line(null, q.getSubject(), q.getPredicate(), q.getObject()))));
        return out;
    }

    /** The quads of a dataset outside one graph. */
    public static Set<String> quadsWithout(DatasetGraph dsg, String graph) {
        Set<String> out = new TreeSet<>();
        for (String q : quads(dsg)) if (!q.startsWith("<" + graph + "> ")) out.add(q);
        return out;
    }

    private static String line(Node g, Node s, Node p, Node o) {
        String graph = g == null || Quad.isDefaultGraph(g) ? "" : NodeFmtLib.strNT(g) + " ";
        return graph + NodeFmtLib.strNT(s) + " " + NodeFmtLib.strNT(p) + " " + NodeFmtLib.strNT(o);
    }

    /** Asserts two sets are equal, printing at most 20 lines of difference each way. */
    public static void assertSameLines(Set<String> expected, Set<String> actual, String what) {
        if (expected.equals(actual)) return;
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        throw new AssertionError(what + ": " + missing.size() + " missing, " + extra.size() + " unexpected\nmissing: "
                + missing.stream().limit(20).toList() + "\nunexpected: " + extra.stream().limit(20).toList());
    }
}
