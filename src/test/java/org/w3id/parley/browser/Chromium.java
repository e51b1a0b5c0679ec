package org.w3id.parley.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Headless Chromium driven through Debian's {@code chromedriver} with the W3C WebDriver
 * protocol (plain HTTP and JSON, so no Selenium dependency). Each instance has its own
 * chromedriver process, its own browser profile folder, and one session.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    /** How long {@link #await} waits before failing (system property {@code parley.browser.wait}, seconds). */
    static final Duration WAIT = Duration.ofSeconds(Long.getLong("parley.browser.wait", 120));

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    /** The chromium and chromedriver executables, when both are installed. */
    static Optional<Path[]> installed() {
        Path browser = onPath("chromium"), driver = onPath("chromedriver");
        return browser != null && driver != null ? Optional.of(new Path[] {browser, driver}) : Optional.empty();
    }

    /**
     * The chromium and chromedriver executables; a test without them fails on CI and is skipped
     * elsewhere, saying how to install them.
     */
    static Path[] required() {
        Optional<Path[]> found = installed();
        if (found.isEmpty() && "true".equals(System.getenv("CI")))
            org.junit.jupiter.api.Assertions.fail("chromium and chromedriver are needed on CI: apt-get install -y chromium chromium-driver");
        org.junit.jupiter.api.Assumptions.assumeTrue(found.isPresent(),
                "skipped: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        return found.get();
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    Chromium(Path browser, Path chromedriver, Path profile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromedriver.log").toFile()).start();
        try {
            session = start(browser, profile);
        } catch (RuntimeException | InterruptedException e) {
            driver.destroy();
            throw e;
        }
    }

    private String start(Path browser, Path profile) throws InterruptedException {
        await("chromedriver to listen on " + base, () -> {
            try {
                return call("GET", "/status", null).path("value").path("ready").asBoolean(false);
            } catch (RuntimeException e) {
                return false;
            }
        });
        ObjectNode caps = JSON.createObjectNode();
        ObjectNode options = caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
                .putObject("goog:chromeOptions").put("binary", browser.toString());
        ArrayNode args = options.putArray("args");
        for (String a : new String[] {"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile})
            args.add(a);
        return call("POST", "/session", caps).path("value").path("sessionId").asText();
    }

    /** Opens a URL and waits for the page to load. */
    void open(String url) {
        ObjectNode body = JSON.createObjectNode().put("url", url);
        call("POST", "/session/" + session + "/url", body);
    }

    /** Runs JavaScript in the page and returns its result. */
    JsonNode script(String js, Object... args) {
        ObjectNode body = JSON.createObjectNode().put("script", js);
        ArrayNode a = body.putArray("args");
        for (Object o : args) a.addPOJO(o);
        return call("POST", "/session/" + session + "/execute/sync", body).path("value");
    }

    /** Clicks the element a CSS selector finds. */
    void click(String css) {
        ObjectNode find = JSON.createObjectNode().put("using", "css selector").put("value", css);
        JsonNode found = call("POST", "/session/" + session + "/element", find).path("value");
        String id = found.path(ELEMENT).asText();
        if (id.isEmpty()) throw new IllegalStateException("no element " + css + ": " + found);
        call("POST", "/session/" + session + "/element/" + id + "/click", JSON.createObjectNode());
    }

    /** The current URL. */
    String url() {
        return call("GET", "/session/" + session + "/url", null).path("value").asText();
    }

    /** Saves a PNG screenshot of the window. */
    void screenshot(Path file) throws IOException {
        String png = call("GET", "/session/" + session + "/screenshot", null).path("value").asText();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    /** Waits until {@code condition} holds, polling; fails after {@link #WAIT} naming what it waited for. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) throw new AssertionError("gave up waiting for " + what + " after " + WAIT.toSeconds() + " s");
            Thread.sleep(200);
        }
    }

    private JsonNode call(String method, String path, JsonNode body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = JSON.readTree(r.body());
            if (r.statusCode() != 200)
                throw new IllegalStateException("WebDriver " + method + " " + path + ": " + r.statusCode() + " "
                        + json.path("value").path("message").asText(r.body()));
            return json;
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", "/session/" + session, null);
        } catch (RuntimeException e) {
            // the browser is gone already; the driver is stopped below
        } finally {
            driver.destroy();
        }
    }
}
