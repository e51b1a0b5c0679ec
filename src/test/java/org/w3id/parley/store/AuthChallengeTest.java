package org.w3id.parley.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.parley.Integration;
import org.w3id.parley.rdf.Ids;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A server that answers an unauthenticated request with 401 as soon as it has read the headers,
 * and closes the connection without reading the body: a write of tens of megabytes must still reach it, with the credentials,
 * and wrong credentials must be reported as such, not as a broken connection.
 */
@Integration
class AuthChallengeTest {
    private static final Credentials USER = new Credentials("parley", "right");
    private static final int QUADS = 10_000;
    private static final int ROUNDS = 6;

    private ServerSocket server;
    private Thread acceptor;
    private final AtomicInteger challenges = new AtomicInteger();
    private final AtomicLong authenticatedBytes = new AtomicLong();

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER.user() + ":" + USER.password()).getBytes(StandardCharsets.UTF_8));
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket c = server.accept()) {
                    serve(c, expected);
                } catch (IOException e) {
                    // The client went away, or the test is over.
                }
            }
        }, "auth-challenge-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        acceptor.join(5_000);
    }

    /**
     * One connection, one request at a time: a request without the right Authorization header
     * gets 401 once its headers are read, and the connection is closed with its body unread.
     */
    private void serve(Socket c, String expected) throws IOException {
        InputStream in = new BufferedInputStream(c.getInputStream());
        OutputStream out = c.getOutputStream();
        while (true) {
            Map<String, String> headers = new HashMap<>();
            String line = readLine(in);
            if (line == null || line.isEmpty()) return;
            while (!(line = readLine(in)).isEmpty()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            if (!expected.equals(headers.get("authorization"))) {
                challenges.incrementAndGet();
                out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"parley-test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // Closed at once: a body still being sent makes the connection reset, as the
                // kernel does when a socket is closed with data unread (here without waiting).
                if (!"0".equals(headers.getOrDefault("content-length", "0"))) c.setSoLinger(true, 0);
                return;
            }
            long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
            in.skipNBytes(length);
            authenticatedBytes.addAndGet(length);
            out.write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    /** A header line without its CRLF, or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') return sb.toString().stripTrailing();
            sb.append((char) b);
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private RemoteStore.Builder store(Credentials c) {
        // This server takes requests of any size: the whole write goes in one large request.
        return RemoteStore.at("http://127.0.0.1:" + server.getLocalPort() + "/ds").credentials(c).batchBytes(64L << 20);
    }

    /** About 10 MB of quads in one graph, more than the loopback socket buffers hold, in one request. */
    private static void write(RemoteStore s) {
        String g = Ids.sourceGraph("large-first-write");
        Node graph = NodeFactory.createURI(g), p = NodeFactory.createURI("http://example.org/text");
        String filler = "x".repeat(1000);
        s.replaceGraphs(Set.of(g), sink -> {
            for (int i = 0; i < QUADS; i++)
                sink.accept(Quad.create(graph, NodeFactory.createURI(Ids.entity("claim", "c" + i)), p, NodeFactory.createLiteralString(filler + i)));
        });
    }

    /**
     * Whether the client reads the 401 before the connection is reset is a race; each round is
     * a new store, whose first write meets the challenge again.
     */
    @Test
    void aLargeFirstWriteReachesTheServerWithTheCredentials() {
        for (int round = 1; round <= ROUNDS; round++) {
            try (RemoteStore s = store(USER).build()) {
                write(s);
                assertEquals(1, s.writeRequests());
            }
            assertEquals(round, challenges.get(), "one challenge per store, answered on the empty request before the write");
        }
        assertTrue(authenticatedBytes.get() > 1000L * QUADS * ROUNDS, "bytes received with the credentials: " + authenticatedBytes.get());
    }

    @Test
    void wrongCredentialsAreReportedAsSuchNotAsABrokenConnection() {
        for (int round = 1; round <= ROUNDS; round++) {
            try (RemoteStore s = store(USER).build()) {
                write(s);
            }
            // A second store at the same endpoint does not send the first one's Authorization header.
            try (RemoteStore s = store(new Credentials("parley", "wrong")).build()) {
                StoreException e = assertThrows(StoreException.class, () -> write(s));
                assertTrue(e.getMessage().contains("401") && e.getMessage().contains("wrong or missing credentials"), e.getMessage());
            }
        }
    }
}
