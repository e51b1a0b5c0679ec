package org.w3id.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A server running as a child process. Its output goes to a log file; waiting for it polls
 * for as long as the process lives, so a server that dies fails the test with its log instead
 * of hanging it, and no wall-clock limit is needed.
 */
final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command}, its standard output and error going to {@code log}. */
    static ServerProcess start(String name, ProcessBuilder command, Path log) {
        try {
            Process p = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServerProcess(name, p, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command.command(), e);
        }
    }

    /** A {@code java} command running {@code main} on the test classpath. */
    static ProcessBuilder java(Class<?> main, String... args) {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx512m", "-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    /**
     * Polls {@code check} until it returns a value.
     *
     * @throws AssertionError with the log when the process exits first
     */
    <T> T await(String what, Supplier<T> check) {
        while (true) {
            T value = check.get();
            if (value != null) return value;
            if (!process.isAlive())
                throw new AssertionError(name + " exited with " + process.exitValue() + " before " + what + "; its log:\n" + logTail());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    /** The server's output so far. */
    String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** The last lines of the output, for failure messages. */
    String logTail() {
        List<String> lines = output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Kills the process at once (SIGKILL), as a crash would, and waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Asks the process to stop (SIGTERM) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
