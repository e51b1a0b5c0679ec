package org.w3id.parley.server;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Request logs in the NCSA common log format, one line per HTTP request (the format Apache httpd
 * and most log analysers read): {@code 127.0.0.1 - user [time] "GET /parley/sparql?… HTTP/1.1" 200 1234}.
 */
final class RequestLogs {
    private RequestLogs() {}

    /** A log that prints each line to {@code out}. */
    static RequestLog to(PrintStream out) {
        return new CustomRequestLog(line -> {
            synchronized (out) {
                out.println(line);
            }
        }, CustomRequestLog.NCSA_FORMAT);
    }

    /** Opens {@code file} for appending log lines, creating it (and its folder) if needed; the caller closes it. */
    static PrintStream open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            return new PrintStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the request log " + file + ": " + e.getMessage(), e);
        }
    }
}
