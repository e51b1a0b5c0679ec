package org.w3id.parley.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Sends a response that fits in the server's output buffer in one piece, with its
 * {@code Content-Length}, instead of as chunks.
 *
 * <p>Fuseki flushes a SPARQL result as soon as it has written it. The flush commits the response
 * as chunked, and the closing chunk follows in a write of its own when the request completes: two
 * writes, which the client reads as two packets, for a result of a few rows. On a machine where a
 * thread woken for a packet waits for a core, the second packet costs a millisecond or more.
 * This filter lets such a flush through only once the response has outgrown the output buffer
 * (5 MiB in the Jetty that Fuseki sets up), which Jetty fills before it sends anything, flush or
 * not: a result larger than that streams in chunks as before, and a smaller one goes out when the
 * request completes, in one write.
 */
final class WholeSmallResponses implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, resp instanceof HttpServletResponse http ? new Held(http) : resp);
    }

    /** The response, whose output stream holds back flushes while the body fits in the buffer. */
    private static final class Held extends HttpServletResponseWrapper {
        private ServletOutputStream out;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) out = new HeldStream(super.getOutputStream(), getBufferSize());
            return out;
        }
    }

    /** Passes every write on; passes a flush on once more than {@code hold} bytes were written. */
    private static final class HeldStream extends ServletOutputStream {
        private final ServletOutputStream out;
        private final long hold;
        private long written;

        HeldStream(ServletOutputStream out, long hold) {
            this.out = out;
            this.hold = hold;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }

        @Override
        public void flush() throws IOException {
            if (written > hold) out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
