package org.w3id.parley.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.Integration;
import org.w3id.parley.cli.Main;
import org.w3id.parley.rdf.Ids;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * The remote store against Virtuoso Open Source (Debian's {@code virtuoso-opensource}) on
 * loopback: queries at the anonymous /sparql, updates and graph writes at the endpoints that
 * need HTTP Digest authentication. In CI the server must be there; elsewhere the test is
 * skipped, saying why, when {@code virtuoso-t} is not installed.
 */
@Integration
class VirtuosoRemoteTest extends RemoteStoreContract {
    @TempDir
    static Path serverDir;
    private static VirtuosoProcess virtuoso;

    @BeforeAll
    static void startVirtuoso() {
        virtuoso = VirtuosoProcess.start(VirtuosoProcess.required(), serverDir);
    }

    @AfterAll
    static void stopVirtuoso() {
        if (virtuoso != null) virtuoso.close();
    }

    @Override
    RemoteStore.Builder store(java.util.function.UnaryOperator<String> via) {
        return RemoteStore.at(via.apply(virtuoso.sparql())).update(via.apply(virtuoso.sparqlAuth())).gsp(via.apply(virtuoso.gspAuth()))
                .credentials(VirtuosoProcess.DBA);
    }

    @Override
    List<String> endpointOptions() {
        return List.of("--endpoint", virtuoso.sparql(), "--update-endpoint", virtuoso.sparqlAuth(),
                "--gsp-endpoint", virtuoso.gspAuth());
    }

    @Override
    Credentials credentials() {
        return VirtuosoProcess.DBA;
    }

    @Override
    boolean updateRequestsAreAllOrNothing() {
        return false;
    }

    @Test
    void theCliTakesCredentialsFromTheEnvironment() throws Exception {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(endpointOptions());
        args.add(DATA.toString());
        ProcessBuilder pb = ServerProcess.java(Main.class, args.toArray(String[]::new));
        pb.environment().put(Credentials.USER_VARIABLE, VirtuosoProcess.DBA.user());
        pb.environment().put(Credentials.PASSWORD_VARIABLE, VirtuosoProcess.DBA.password());
        Path log = dir.resolve("cli.log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, code, output);
        assertTrue(output.contains("into SPARQL endpoint " + virtuoso.sparql()), output);
        try (RemoteStore s = store().build()) {
            assertSameQuads(embedded(org.w3id.parley.load.Input.of(List.of(DATA))), nquads(s, Ids.GRAPH_BASE), "imported by the CLI");
        }
    }
}
