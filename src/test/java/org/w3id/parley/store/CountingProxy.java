package org.w3id.parley.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain HTTP proxy on loopback in front of one server origin ({@code http://host:port}),
 * counting the requests per method and path, so a test sees how many requests an import really
 * sends. Requests and answers pass through unchanged, authentication challenges included.
 */
final class CountingProxy implements AutoCloseable {
    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive");

    private final String origin;
    private final HttpServer server;
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    private CountingProxy(String origin) throws IOException {
        this.origin = origin;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::forward);
        server.start();
    }

    /** A proxy for the server at {@code origin}, e.g. {@code http://127.0.0.1:8890}. */
    static CountingProxy start(String origin) {
        try {
            return new CountingProxy(origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The origin of {@code url}: scheme, host and port. */
    static String originOf(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    /** {@code url} of the proxied server, rewritten to go through the proxy. */
    String via(String url) {
        if (!url.startsWith(origin)) throw new IllegalArgumentException(url + " is not on " + origin);
        return "http://127.0.0.1:" + server.getAddress().getPort() + url.substring(origin.length());
    }

    /** Requests forwarded so far with {@code method} to {@code path}, not counting those answered 401 (an authentication challenge). */
    long count(String method, String path) {
        AtomicLong n = counts.get(method + " " + path);
        return n == null ? 0 : n.get();
    }

    /** Requests forwarded so far, whatever their method and path, not counting those answered 401. */
    long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    private void forward(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body;
            try (InputStream in = ex.getRequestBody()) {
                body = in.readAllBytes();
            }
            // One connection per request, closed after it: a server with few HTTP threads
            // (Virtuoso) must not keep them waiting on idle connections of the proxy.
            HttpURLConnection c = (HttpURLConnection) URI.create(origin + ex.getRequestURI()).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setRequestMethod(ex.getRequestMethod());
            for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet())
                if (!RESTRICTED.contains(h.getKey().toLowerCase()))
                    for (String v : h.getValue()) c.addRequestProperty(h.getKey(), v);
            c.setRequestProperty("Connection", "close");
            if (body.length > 0) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status;
            byte[] answer;
            try {
                status = c.getResponseCode();
                InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
                answer = in == null ? new byte[0] : in.readAllBytes();
                if (in != null) in.close();
            } catch (IOException e) {
                ex.sendResponseHeaders(502, -1);
                return;
            } finally {
                c.disconnect();
            }
            // A request refused with an authentication challenge and sent again counts once.
            if (status != 401)
                counts.computeIfAbsent(ex.getRequestMethod() + " " + ex.getRequestURI().getPath(), k -> new AtomicLong()).incrementAndGet();
            for (Map.Entry<String, List<String>> h : c.getHeaderFields().entrySet())
                if (h.getKey() != null && !RESTRICTED.contains(h.getKey().toLowerCase()))
                    ex.getResponseHeaders().put(h.getKey(), h.getValue());
            ex.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0)
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(answer);
                }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
