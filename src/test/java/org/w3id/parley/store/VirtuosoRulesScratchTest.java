package org.w3id.parley.store;

import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.api.Importer;
import org.w3id.parley.api.Input;
import org.w3id.parley.derive.Derivation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

class VirtuosoRulesScratchTest {
    @TempDir
    Path dir;

    @Test
    void eachOperation() {
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
        Set<String> graphs = new TreeSet<>();
        try (TdbStore s = TdbStore.inMemory()) {
            Importer.run(s, Input.bundled(), Importer.DEFAULT_MAX_ERRORS);
            org.apache.jena.system.Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().endsWith("/derived")) { quads.add(q); graphs.add(q.getGraph().getURI()); }
            }));
        }
        try (VirtuosoProcess v = VirtuosoProcess.start(VirtuosoProcess.locate().get(), dir);
             RemoteStore r = RemoteStore.at(v.sparql()).update(v.sparqlAuth()).gsp(v.gspAuth()).credentials(VirtuosoProcess.DBA).build()) {
            r.replaceGraphs(graphs, sink -> quads.forEach(sink));
            int i = 0;
            for (Derivation.Rule rule : Derivation.rules()) {
                int k = 0;
                for (Update u : rule.update().getOperations()) {
                    k++;
                    long t = System.nanoTime();
                    try {
                        r.replaceGraphs(Set.of(), sink -> {}, new UpdateRequest(u));
                        System.out.println("OP " + rule.name() + "#" + k + " ok " + (System.nanoTime() - t) / 1_000_000 + " ms");
                    } catch (RuntimeException e) {
                        System.out.println("OP " + rule.name() + "#" + k + " FAILED " + e.getMessage().replace("\n", " | ").substring(0, Math.min(1500, e.getMessage().length())));
                    }
                }
            }
        }
    }
}
