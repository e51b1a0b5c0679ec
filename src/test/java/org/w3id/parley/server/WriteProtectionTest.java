package org.w3id.parley.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/**
 * Nobody without the password changes a triple: every write route of a read-only server is
 * refused, and a server with {@code update(passwordFile)} takes writes only from its users.
 */
class WriteProtectionTest extends WithBundledStore {
    private static final String TURTLE = "text/turtle";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" } }";
    private static final String DELETE_ALL = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String REFERENCE = "https://w3id.org/parley/graph/reference";


    @TempDir
    Path dir;



    /** Every way to write that Fuseki knows of, on every URL of the dataset, plus the admin routes. */
    private static List<String[]> writeAttempts() {
        List<String[]> w = new ArrayList<>();
        for (String ep : new String[] {"parley", "parley/update", "parley/sparql", "parley/query", "parley/get", "parley/data"}) {
            w.add(new String[] {"POST", ep, "application/sparql-update", DELETE_ALL});
            w.add(new String[] {"POST", ep, "application/x-www-form-urlencoded", "update=" + java.net.URLEncoder.encode(INSERT, java.nio.charset.StandardCharsets.UTF_8)});
            w.add(new String[] {"PUT", ep + "?default", TURTLE, "<urn:x:s> <urn:x:p> \"intruder\" ."});
            w.add(new String[] {"PUT", ep + "?graph=" + REFERENCE, TURTLE, "<urn:x:s> <urn:x:p> \"intruder\" ."});
            w.add(new String[] {"POST", ep + "?graph=urn:x:g", TURTLE, "<urn:x:s> <urn:x:p> \"intruder\" ."});
            w.add(new String[] {"POST", ep, "application/trig", "<urn:x:g> { <urn:x:s> <urn:x:p> \"intruder\" . }"});
            w.add(new String[] {"DELETE", ep + "?graph=" + REFERENCE, null, null});
            w.add(new String[] {"DELETE", ep + "?default", null, null});
            w.add(new String[] {"PATCH", ep, "application/rdf-patch", "A <urn:x:s> <urn:x:p> \"intruder\" <urn:x:g> ."});
        }
        w.add(new String[] {"POST", "parley/upload", "text/turtle", "<urn:x:s> <urn:x:p> \"intruder\" ."});
        w.add(new String[] {"POST", "$/datasets", "application/x-www-form-urlencoded", "dbName=other&dbType=mem"});
        w.add(new String[] {"DELETE", "$/datasets/parley", null, null});
        w.add(new String[] {"POST", "$/backup/parley", null, null});
        w.add(new String[] {"POST", "$/compact/parley", null, null});
        w.add(new String[] {"POST", "$/reload", null, null});
        return w;
    }

    /** Sends every write attempt without credentials; each must get a 4xx. */
    private static void everyAnonymousWriteIsRefused(ParleyServer server) {
        for (String[] w : writeAttempts()) {
            // A fresh connection each: Jetty may close one after refusing a request whose body it did not read.
            HttpResponse<String> r = send(HttpClient.newHttpClient(), requestOf(w[0], server.baseUrl() + w[1], w[2], w[3]));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                    w[0] + " /" + w[1] + " (" + w[2] + ") answered " + r.statusCode() + ": " + r.body());
        }
    }

    @Test
    void aReadOnlyServerRefusesEveryWriteAndNothingChanges() {
        long before = store.size();
        Set<String> graphs = store.graphs();
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).build().start();
        try {
            everyAnonymousWriteIsRefused(server);
            assertEquals(200, query(server.sparqlUrl(), "ASK {}", "application/sparql-results+json").statusCode(), "reads still work");
            for (String read : new String[] {"parley/get?graph=" + REFERENCE, "parley?graph=" + REFERENCE, "parley/get?default"}) {
                HttpResponse<String> r = get(server.baseUrl() + read, "Accept", TURTLE);
                assertEquals(200, r.statusCode(), read + ": " + r.body());
            }
        } finally {
            server.close();
        }
        assertEquals(before, store.size(), "quad count");
        assertEquals(graphs, store.graphs());
    }

    @Test
    void aWritableServerRefusesEveryWriteWithoutCredentials() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        long before = store.size();
        Set<String> graphs = store.graphs();
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).update(passwd).build().start();
        try {
            assertTrue(server.writable());
            everyAnonymousWriteIsRefused(server);
            // The write endpoints exist and ask for a password; they are not merely missing.
            assertEquals(401, request("POST", server.baseUrl() + "parley/update", "application/sparql-update", INSERT).statusCode());
            assertEquals(401, request("DELETE", server.baseUrl() + "parley/data?graph=" + REFERENCE, null, null).statusCode());
        } finally {
            server.close();
        }
        assertEquals(before, store.size(), "quad count");
        assertEquals(graphs, store.graphs());
    }

    @Test
    void withUpdateOnlyUsersOfThePasswordFileWrite() throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "# Parley editors\neditor: s3cret\narchivist: "
                + org.eclipse.jetty.util.security.Credential.MD5.digest("hashed pass") + "\n");
        long before = store.size();
        ParleyServer server = ParleyServer.create().port(0).dataset(store.datasetGraph()).update(passwd).build().start();
        String update = server.baseUrl() + "parley/update";
        String data = server.baseUrl() + "parley/data?graph=urn:x:put";
        try {
            assertEquals(401, request("POST", update, "application/sparql-update", INSERT).statusCode(), "anonymous update");
            assertEquals(401, request("POST", update, "application/sparql-update", INSERT, "Authorization", basic("editor", "wrong")).statusCode(),
                    "wrong password");
            assertEquals(401, request("POST", update, "application/sparql-update", INSERT, "Authorization", basic("nobody", "s3cret")).statusCode(),
                    "unknown user");
            assertEquals(401, request("PUT", data, TURTLE, "<urn:x:s> <urn:x:p> 1 .").statusCode(), "anonymous GSP write");
            assertEquals(before, store.size(), "refused writes changed nothing");

            // The dataset URL stays read-only even for a logged-in user: writes have their own URLs.
            int atDataset = request("POST", server.baseUrl() + "parley", "application/sparql-update", INSERT,
                    "Authorization", basic("editor", "s3cret")).statusCode();
            assertTrue(atDataset >= 400 && atDataset < 500, "update at /parley answered " + atDataset);
            assertEquals(before, store.size());

            HttpResponse<String> ok = request("POST", update, "application/sparql-update", INSERT, "Authorization", basic("editor", "s3cret"));
            assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + ": " + ok.body());
            assertEquals(before + 1, store.size());
            HttpResponse<String> hashed = request("POST", update, "application/sparql-update", "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 2 } }",
                    "Authorization", basic("archivist", "hashed pass"));
            assertTrue(hashed.statusCode() == 200 || hashed.statusCode() == 204, "an MD5 password: " + hashed.statusCode());
            assertEquals(before + 2, store.size());
            HttpResponse<String> put = request("PUT", data, TURTLE, "<urn:x:s> <urn:x:p> 1, 2 .", "Authorization", basic("editor", "s3cret"));
            assertTrue(put.statusCode() == 201 || put.statusCode() == 204 || put.statusCode() == 200, put.statusCode() + ": " + put.body());
            assertEquals(before + 4, store.size());

            // Reads need no password.
            assertEquals(200, query(server.sparqlUrl(), "ASK { GRAPH <urn:x:g> { ?s ?p \"intruder\" } }", "application/sparql-results+json").statusCode());
            assertEquals(200, get(server.baseUrl() + "parley/get?graph=urn:x:put", "Accept", TURTLE).statusCode());

            HttpResponse<String> drop = request("POST", update, "application/sparql-update", "DROP GRAPH <urn:x:g>; DROP GRAPH <urn:x:put>",
                    "Authorization", basic("editor", "s3cret"));
            assertTrue(drop.statusCode() == 200 || drop.statusCode() == 204, drop.statusCode() + ": " + drop.body());
            assertEquals(before, store.size());
        } finally {
            server.close();
        }
    }

    @Test
    void updateNeedsAPasswordFileThatNamesAUser() throws Exception {
        var missing = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().update(dir.resolve("none")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        Path empty = Files.writeString(dir.resolve("empty"), "# nobody yet\n");
        var e = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().update(empty));
        assertTrue(e.getMessage().contains("names no user"), e.getMessage());
        Path bad = Files.writeString(dir.resolve("bad"), "editor\n");
        var b = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().update(bad));
        assertTrue(b.getMessage().contains(":1: a line must be 'name: password'"), b.getMessage());
    }

    @Test
    void theCommandLineRefusesUpdateWithoutPasswd() throws Exception {
        Run r = cli("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--update");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("--update needs --passwd FILE"), r.err());
        Run p = cli("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--passwd", "x");
        assertEquals(1, p.code(), p.err());
        Run t = cli("serve", "--db", dir.resolve("db").toString(), "--query-timeout", "0");
        assertEquals(1, t.code(), t.err());
        Run c = cli("serve", "--db", dir.resolve("db").toString(), "--cors", "example.org");
        assertEquals(1, c.code(), c.err());
        assertTrue(c.err().contains("Illegal CORS origin='example.org'"), c.err());
        assertFalse(Files.exists(dir.resolve("db")), "usage errors are found before the store is opened");
    }
}
