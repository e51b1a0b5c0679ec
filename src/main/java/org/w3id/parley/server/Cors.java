package org.w3id.parley.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Cross-origin access for the listed origins only, with Fuseki's own {@link CrossOriginFilter}
 * configured here rather than from a file. Credentials (cookies, cached HTTP logins) are not
 * shared across origins; a script elsewhere that writes must send its own Authorization header.
 */
final class Cors implements Filter {
    private final CrossOriginFilter filter = new CrossOriginFilter();
    private final Map<String, String> params;

    /**
     * @param origins  {@code *} or origins such as {@code https://example.org:8443}
     * @param writable whether PUT and DELETE (Graph Store writes) are allowed too
     */
    Cors(List<String> origins, boolean writable) {
        for (String o : origins) check(o);
        params = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, writable ? "GET,POST,PUT,DELETE,HEAD,OPTIONS" : "GET,POST,HEAD,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Authorization",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length," + LimitedQuery.HEADER,
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    /** Rejects anything but {@code *} and {@code scheme://host[:port]}. */
    static String check(String origin) {
        if (origin.equals("*")) return origin;
        URI u;
        try {
            u = new URI(origin);
        } catch (Exception e) {
            u = null;
        }
        if (u == null || u.getScheme() == null || u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                || (u.getRawPath() != null && !u.getRawPath().isEmpty()) || u.getRawQuery() != null || u.getRawFragment() != null)
            throw new IllegalArgumentException("Illegal CORS origin='" + origin + "': give * or scheme://host[:port], e.g. https://example.org");
        return origin;
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        ServletContext context = config.getServletContext();
        filter.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "parley-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return context;
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        filter.doFilter(req, resp, chain);
    }

    @Override
    public void destroy() {
        filter.destroy();
    }
}
