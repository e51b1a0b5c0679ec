package org.w3id.parley.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * Hostile requests sent to {@code parley serve} beside a load run, each of which must fail
 * cleanly: with the expected status, without the server sending a request anywhere (a refusal
 * names at most the IRI the client itself sent; a 502 would mean the server tried).
 *
 * <ul>
 *   <li><b>Federation</b>: {@code SERVICE <http://127.0.0.1:PORT/…>}, and the same IRI built at
 *       run time ({@code SERVICE ?x}), aimed at a loopback listener that counts what reaches it:
 *       a 4xx, and nothing reaches it.</li>
 *   <li><b>Body size</b>: an 8 MiB {@code application/sparql-query} body: {@code 413} when the
 *       client announces it and waits for {@code 100 Continue} (as curl does for large bodies);
 *       {@code 413} or the connection closed when it sends the body at once.</li>
 *   <li><b>Regular expression</b>: a catastrophic backtracking {@code REGEX} ({@code ^(.*a){20}$}
 *       on forty a's and a '!', which tries every way to cut them into twenty pieces): the timeout's
 *       {@code 503} (or a 4xx refusing the pattern); the server's own tests check that the work
 *       stops, not only the response.</li>
 * </ul>
 *
 * Runs are bounded: at most {@value #MAX_ROUNDS} rounds, and the expensive regular expression
 * at most {@value #MAX_REGEX} times.
 */
final class Attacks {
    /** Rounds of attacks at most. */
    static final int MAX_ROUNDS = 50;
    /** Regular-expression attacks at most: each holds a server thread until the timeout. */
    static final int MAX_REGEX = 3;
    /** How long any attack may wait for its answer: none may hang the run. */
    static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);
    /** Bytes of the oversized body. */
    static final int BIG_BODY = 8 << 20;

    /**
     * What the attacks met.
     *
     * @param sent      requests sent
     * @param clean     requests that failed as they should
     * @param reached   requests that reached the loopback listener (must be 0)
     * @param problems  up to five descriptions of attacks that did not fail cleanly
     */
    record Outcome(int sent, int clean, int reached, List<String> problems) {
        /** Every attack failed cleanly and nothing was reached. */
        boolean allClean() {
            return sent == clean && reached == 0;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "attacks: %d sent, %d failed cleanly, %d reached the loopback target%s",
                    sent, clean, reached, problems.isEmpty() ? "" : "; " + problems);
        }
    }

    private final String endpoint;

    Attacks(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends rounds of attacks while {@code more} says so (at least one round), up to {@link #MAX_ROUNDS}. */
    Outcome run(BooleanSupplier more) throws IOException, InterruptedException {
        AtomicInteger reached = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        target.start();
        String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/sparql";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int sent = 0, clean = 0, regex = 0;
        List<String> problems = new ArrayList<>();
        try {
            for (int round = 0; round < MAX_ROUNDS && (round == 0 || more.getAsBoolean()); round++) {
                List<Attack> attacks = new ArrayList<>(List.of(
                        new Attack("SERVICE <" + url + ">", form("SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }"),
                                s -> s >= 400 && s < 500),
                        new Attack("SERVICE ?x", form("SELECT * { BIND(IRI(CONCAT(\"http://127.0.0.1:\", \""
                                + url.substring("http://127.0.0.1:".length()) + "\")) AS ?x) SERVICE ?x { ?s ?p ?o } }"),
                                s -> s >= 400 && s < 500),
                        new Attack("8 MiB body sent at once", HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                                .header("Content-Type", "application/sparql-query")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bigQuery())).build(), s -> s == 413, true)));
                if (regex < MAX_REGEX) {
                    regex++;
                    attacks.add(new Attack("catastrophic REGEX", form("SELECT * { BIND(CONCAT(\"" + "a".repeat(40) + "\", \"!\") AS ?x)"
                            + " FILTER(REGEX(?x, \"^(.*a){20}$\")) }"), s -> s == 503 || s >= 400 && s < 500));
                }
                for (Attack a : attacks) {
                    sent++;
                    String problem = a.send(http);
                    if (problem == null) clean++;
                    else if (problems.size() < 5) problems.add(problem);
                }
                sent++;
                String announced = announcedBody();
                if (announced == null) clean++;
                else if (problems.size() < 5) problems.add(announced);
            }
        } finally {
            target.stop(0);
        }
        return new Outcome(sent, clean, reached.get(), List.copyOf(problems));
    }

    /**
     * An 8 MiB body announced as curl announces a large one, with {@code Expect: 100-continue},
     * over a plain socket (Java's HTTP client waits for {@code 100 Continue} forever when the
     * server answers at once): the answer must be {@code 413}, before any byte of the body is sent.
     * Null when it is, else what came instead.
     */
    private String announcedBody() {
        URI uri = URI.create(endpoint);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/sparql-query\r\nContent-Length: " + BIG_BODY
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return status != null && status.startsWith("HTTP/1.1 413") ? null : "8 MiB body announced: " + status;
        } catch (IOException e) {
            return "8 MiB body announced: " + e;
        }
    }

    private HttpRequest form(String query) {
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    /** A syntactically valid query padded with a comment to {@link #BIG_BODY} bytes. */
    private static byte[] bigQuery() {
        byte[] b = new byte[BIG_BODY];
        byte[] head = "ASK {}\n#".getBytes(StandardCharsets.US_ASCII);
        java.util.Arrays.fill(b, (byte) 'x');
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    /**
     * One hostile request, the statuses that mean it failed cleanly, and whether the server closing
     * the connection counts as clean too: a client that sends a large body without waiting for
     * {@code 100 Continue} may still be sending when the server answers {@code 413} and closes,
     * and then its TCP stack can discard the answer (the connection is reset).
     */
    private record Attack(String name, HttpRequest request, IntPredicate expected, boolean closeIsClean) {
        Attack(String name, HttpRequest request, IntPredicate expected) {
            this(name, request, expected, false);
        }

        /** Null when it failed cleanly, else what went wrong. */
        String send(HttpClient http) throws InterruptedException {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                return expected.test(r.statusCode()) ? null : name + ": status " + r.statusCode();
            } catch (java.net.http.HttpTimeoutException e) {
                return name + ": no answer within " + TIMEOUT.toSeconds() + " s";
            } catch (IOException e) {
                return closeIsClean ? null : name + ": " + e;
            }
        }
    }
}
