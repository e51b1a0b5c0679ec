package org.w3id.parley.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses request bodies larger than a limit with {@code 413}, on every route, before anything
 * reads them. Fuseki reads a query or update body whole into memory, and Jetty accepts forms of
 * up to 25 MB; without a limit one 100 MB POST takes minutes of CPU and a gigabyte of heap.
 *
 * <p>A body whose length is announced ({@code Content-Length}) is judged from the header alone,
 * unread. A chunked body is read here, at most one byte past the limit: a larger one is refused,
 * a smaller one is handed on from memory (for a form, with its parameters parsed here, since
 * the body has been read).
 */
final class BodyLimit implements Filter {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final long max;

    BodyLimit(long max) {
        if (max < 1) throw new IllegalArgumentException("Illegal maxBody=" + max + ": must be at least 1 byte");
        this.max = max;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long length = request.getContentLengthLong();
        if (length > max) {
            refuse(response);
            return;
        }
        if (length >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(req, resp);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), max + 1);
        if (body.length > max) {
            refuse(response);
            return;
        }
        chain.doFilter(new Buffered(request, body), resp);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // Close the connection: the rest of the body is never read.
        response.setHeader("Connection", "close");
        response.setStatus(413);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().print("Request body larger than " + max + " bytes, this server's limit (parley serve --max-body)\n");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while (out.size() < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - out.size()))) > 0) out.write(buf, 0, n);
        return out.toByteArray();
    }

    /** A request whose body has been read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            String type = request.getContentType();
            boolean form = type != null && type.toLowerCase(Locale.ROOT).startsWith(FORM);
            this.parameters = form ? parameters(request.getQueryString(), new String(body, StandardCharsets.UTF_8)) : null;
        }

        /** The parameters of the query string and of the form body, in that order. */
        private static Map<String, String[]> parameters(String query, String form) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String part : new String[] {query, form}) {
                if (part == null || part.isEmpty()) continue;
                for (String pair : part.split("&")) {
                    if (pair.isEmpty()) continue;
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
            Map<String, String[]> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
            return Collections.unmodifiableMap(out);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body has been read already; no asynchronous reads");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(charset)));
        }

        @Override
        public String getParameter(String name) {
            if (parameters == null) return super.getParameter(name);
            String[] v = parameters.get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters == null ? super.getParameterMap() : parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            if (parameters == null) return super.getParameterValues(name);
            String[] v = parameters.get(name);
            return v == null ? null : v.clone();
        }
    }
}
