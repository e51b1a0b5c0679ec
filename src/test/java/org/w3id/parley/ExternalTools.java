package org.w3id.parley;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Running installed programs (Node, Debian's Python, rapper) from tests. A test that needs a tool
 * calls {@link #require}: outside CI a missing tool skips the test, with {@code CI=true} it fails,
 * since {@code .ci/run} installs every tool the tests use.
 */
public final class ExternalTools {
    private ExternalTools() {}

    /**
     * The outcome of a finished process.
     *
     * @param code exit code
     * @param out  standard output
     * @param err  standard error
     */
    public record Result(int code, String out, String err) {
        /** Exit code, standard error and output, for assertion messages. */
        public String describe() {
            return "exit " + code + "\n-- stderr:\n" + err + "\n-- stdout:\n" + (out.length() > 4000 ? out.substring(0, 4000) + "…" : out);
        }
    }

    /** Debian's interpreter, where python3-rdflib and python3-sparqlwrapper install, whatever else is on the PATH. */
    public static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /**
     * Skips (or, with CI=true, fails) the calling test unless {@code probe} runs and exits 0.
     *
     * @param what    the tool, for the message
     * @param install how to install it
     * @param probe   a command that succeeds only when the tool is usable
     */
    public static void require(String what, String install, List<String> probe) {
        boolean ok;
        try {
            ok = run(probe, null, 60).code() == 0;
        } catch (IOException | RuntimeException e) {
            ok = false;
        }
        if (!ok && "true".equals(System.getenv("CI"))) fail(what + " is missing: .ci/run installs it (" + install + ")");
        assumeTrue(ok, what + " is not installed (" + install + ")");
    }

    /**
     * Runs a command to its end, with standard input closed.
     *
     * @param cmd     the command and its arguments
     * @param dir     the working directory, or null for the current one
     * @param seconds how long it may take before it is killed and an exception thrown
     */
    public static Result run(List<String> cmd, Path dir, long seconds) throws IOException {
        Path out = Files.createTempFile("parley-tool", ".out"), err = Files.createTempFile("parley-tool", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            if (dir != null) pb.directory(dir.toFile());
            Process p = pb.start();
            try {
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException(cmd.get(0) + " did not finish within " + seconds + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + cmd.get(0), e);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
