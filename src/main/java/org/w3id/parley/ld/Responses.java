package org.w3id.parley.ld;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Whole responses of the linked-data routes: a body of known length, or one line of text. */
final class Responses {
    private Responses() {}

    /** Sends {@code body} with the status and content type given, its length announced. */
    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Sends one line of plain text with the status given: what is wrong with the request. */
    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
