package org.w3id.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started for one measured step: wall-clock time, peak resident set size (sampled from
 * /proc), exit code and output.
 *
 * @param seconds   wall-clock time from start to exit
 * @param peakRss   peak resident set size in bytes (VmHWM), 0 where /proc is not available
 * @param exitCode  exit code
 * @param output    standard output and error
 */
record ChildProcess(double seconds, long peakRss, int exitCode, String output) {
    /** Runs {@code java [jvmArgs] -cp CLASSPATH mainClass args…} and waits for it (at most an hour). */
    static ChildProcess java(List<String> jvmArgs, String mainClass, List<String> args) throws IOException, InterruptedException {
        ChildProcess c = java(jvmArgs, mainClass, args, Duration.ofHours(1));
        if (c.timedOut()) throw new IllegalStateException("benchmark step ran for over an hour: " + mainClass + " " + args);
        return c;
    }

    /** Exit code of a process that was killed for running past its limit. */
    static final int TIMED_OUT = -1;

    /** Whether the process was killed for running past its limit. */
    boolean timedOut() {
        return exitCode == TIMED_OUT;
    }

    /** Runs {@code java [jvmArgs] -cp CLASSPATH mainClass args…}, killing it after {@code limit}. */
    static ChildProcess java(List<String> jvmArgs, String mainClass, List<String> args, Duration limit)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        Path log = Files.createTempFile("parley-bench", ".log");
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long rss = 0;
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
                rss = Math.max(rss, hwm(status));
                if (System.nanoTime() - t0 > limit.toNanos()) {
                    p.destroyForcibly();
                    p.waitFor();
                    return new ChildProcess((System.nanoTime() - t0) / 1e9, rss, TIMED_OUT,
                            Files.readString(log, StandardCharsets.UTF_8));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new ChildProcess(seconds, rss, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Fails with the output when the step did not succeed. */
    ChildProcess ok() {
        if (exitCode != 0) throw new IllegalStateException("benchmark step failed (exit " + exitCode + "):\n" + output);
        return this;
    }

    /** The peak heap printed by {@link MeasuredMain}, or 0. */
    long peakHeap() {
        for (String line : output.split("\n")) if (line.startsWith("peak-heap-bytes=")) return Long.parseLong(line.substring(16).trim());
        return 0;
    }

    private static long hwm(Path status) {
        try {
            for (String line : Files.readAllLines(status))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        } catch (IOException | RuntimeException e) {
            // The process may have exited between the check and the read.
        }
        return 0;
    }
}
