package org.w3id.parley.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Flow;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** Request bodies larger than {@code maxBody} get 413 at once, on every route, whether their length is announced or chunked. */
class BodyLimitTest extends WithBundledStore {
    private static final int CAP = 64 * 1024;

    @TempDir
    Path dir;

    /** A comment that makes any SPARQL text {@code size} bytes long. */
    private static String padded(String sparql, int size) {
        StringBuilder sb = new StringBuilder(sparql).append("\n#");
        while (sb.length() < size - 1) sb.append('x');
        return sb.append('\n').toString();
    }

    /** A Turtle document of about {@code size} bytes. */
    private static String turtle(int size) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < size; i++) sb.append("<urn:x:s").append(i).append("> <urn:x:p> \"").append(i).append("\" .\n");
        return sb.toString();
    }

    /** The same request, with its body sent in chunks of unknown total length. */
    private static HttpRequest chunked(String method, String url, String contentType, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher whole = HttpRequest.BodyPublishers.ofByteArray(bytes);
        HttpRequest.BodyPublisher unknownLength = new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> s) {
                whole.subscribe(s);
            }
        };
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).method(method, unknownLength).header("Content-Type", contentType);
        if (headers.length > 0) b.headers(headers);
        return b.build();
    }

    /**
     * Sends a request the server answers before reading its body, and closes the connection on:
     * the client may then lose the answer to the reset that closing on an unread body causes
     * ("header parser received no bytes"), a race on the client's side, so a lost answer is
     * asked for again (five times at most). Any answer that arrives is the one checked.
     */
    private static HttpResponse<String> refused(HttpRequest r) {
        for (int attempt = 1; ; attempt++) {
            try {
                return send(HttpClient.newHttpClient(), r);
            } catch (java.io.UncheckedIOException e) {
                if (attempt == 5) throw e;
            }
        }
    }

    private static int status(HttpRequest r) {
        // A fresh client each: the server closes a connection whose body it did not read.
        return send(HttpClient.newHttpClient(), r).statusCode();
    }

    @Test
    void bodiesOverTheCapGet413OnEveryRoute() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        long before = store.size();
        served(b -> b.maxBody(CAP).update(passwd), server -> {
            String base = server.baseUrl();
            String auth = basic("editor", "s3cret");
            String bigQuery = padded("ASK {}", CAP + 1);
            String bigUpdate = padded("INSERT DATA { GRAPH <urn:x:big> { <urn:x:s> <urn:x:p> 1 } }", CAP + 1);
            String bigForm = "query=" + URLEncoder.encode(bigQuery, StandardCharsets.UTF_8);
            String bigTurtle = turtle(CAP + 1);
            List<HttpRequest> over = List.of(
                    requestOf("POST", base + "parley/sparql", "application/sparql-query", bigQuery),
                    requestOf("POST", base + "parley/sparql", "application/x-www-form-urlencoded", bigForm),
                    requestOf("POST", base + "parley", "application/sparql-query", bigQuery),
                    requestOf("POST", base + "parley/update", "application/sparql-update", bigUpdate, "Authorization", auth),
                    requestOf("POST", base + "parley/update", "application/x-www-form-urlencoded",
                            "update=" + URLEncoder.encode(bigUpdate, StandardCharsets.UTF_8), "Authorization", auth),
                    requestOf("PUT", base + "parley/data?graph=urn:x:big", "text/turtle", bigTurtle, "Authorization", auth),
                    requestOf("POST", base + "parley/data?graph=urn:x:big", "text/turtle", bigTurtle, "Authorization", auth),
                    requestOf("POST", base + "catalog/open", "application/x-www-form-urlencoded", bigForm),
                    requestOf("POST", base + "report", "text/plain", bigTurtle),
                    chunked("POST", base + "parley/sparql", "application/sparql-query", bigQuery),
                    chunked("POST", base + "parley/sparql", "application/x-www-form-urlencoded", bigForm),
                    chunked("POST", base + "parley/update", "application/sparql-update", bigUpdate, "Authorization", auth),
                    chunked("PUT", base + "parley/data?graph=urn:x:big", "text/turtle", bigTurtle, "Authorization", auth));
            for (HttpRequest r : over) {
                HttpResponse<String> resp = refused(r);
                assertEquals(413, resp.statusCode(), r.method() + " " + r.uri() + " (" + r.headers().firstValue("Content-Type").orElse("")
                        + (r.bodyPublisher().orElseThrow().contentLength() < 0 ? ", chunked" : "") + "): " + resp.body());
            }
            assertEquals(before, store.size(), "nothing over the cap was written");

            // Bodies under the cap work as before, chunked or not.
            String smallQuery = padded("ASK {}", CAP - 100);
            assertEquals(200, status(requestOf("POST", base + "parley/sparql", "application/sparql-query", smallQuery)));
            assertEquals(200, status(chunked("POST", base + "parley/sparql", "application/sparql-query", smallQuery)));
            assertEquals(200, status(chunked("POST", base + "parley/sparql", "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(smallQuery, StandardCharsets.UTF_8))));
            int put = status(chunked("PUT", base + "parley/data?graph=urn:x:small", "text/turtle", turtle(CAP / 2), "Authorization", auth));
            assertTrue(put == 200 || put == 201 || put == 204, "PUT under the cap: " + put);
            int drop = status(requestOf("POST", base + "parley/update", "application/sparql-update", "DROP GRAPH <urn:x:small>", "Authorization", auth));
            assertTrue(drop == 200 || drop == 204, "DROP: " + drop);
            return null;
        });
        assertEquals(before, store.size());
    }

    /**
     * Announces a 100 MB body and sends none of it: the server must answer from the headers
     * alone, not wait for (or read) the body.
     */
    @Test
    void aHugeAnnouncedBodyIsRefusedBeforeItIsRead() {
        served(b -> b, server -> {
            long t0 = System.nanoTime();
            String head = rawPostHeadersOnly(server.port(), "/parley/sparql", 100L * 1000 * 1000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(head.startsWith("HTTP/1.1 413"), head);
            assertTrue(seconds < 20, "answered after " + seconds + " s");
            return null;
        });
    }

    /** Sends the headers of a POST with this Content-Length and returns the status line and headers of the answer. */
    private static String rawPostHeadersOnly(int port, String path, long length) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: " + length
                    + "\r\n\r\nASK {}").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            int n;
            while ((n = in.read(buf)) > 0) {
                got.write(buf, 0, n);
                String text = got.toString(StandardCharsets.ISO_8859_1);
                if (text.contains("\r\n\r\n")) return text.substring(0, text.indexOf("\r\n\r\n"));
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        } catch (java.net.SocketTimeoutException e) {
            return "no answer within 30 s";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void maxBodyMustBePositive() {
        var e = assertThrows(IllegalArgumentException.class, () -> ParleyServer.create().maxBody(0));
        assertEquals("Illegal maxBody=0: must be at least 1 byte", e.getMessage());
        assertEquals(4L << 20, ParleyServer.DEFAULT_MAX_BODY, "documented as 4 MiB");
    }
}
