package org.w3id.parley.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-origin access to the read-only routes, with Fuseki's own {@link CrossOriginFilter}
 * configured here rather than from a file: the query endpoints ({@code /parley},
 * {@code /parley/sparql}, {@code /parley/query}, with their service description), the
 * read-only Graph Store Protocol ({@code /parley/get}), the home page and search, the entity
 * pages ({@code /id/…}), the catalog, the report and the ontology; GET, HEAD and POST, with
 * preflight requests answered. The write endpoints ({@code /parley/update}, {@code /parley/data})
 * and Fuseki's {@code /$/} routes never get CORS headers, so a browser refuses a script on
 * another origin that tries them. Credentials (cookies, cached HTTP logins) are not shared
 * across origins.
 */
final class Cors implements Filter {
    /** The routes that allow cross-origin requests, exactly; and those under {@link #READ_PREFIXES}. */
    static final Set<String> READ_ROUTES = Set.of("/", "/search", "/parley", "/parley/sparql", "/parley/query", "/parley/get",
            "/catalog", "/report", "/ontology");
    /** Path prefixes of routes that allow cross-origin requests. */
    static final List<String> READ_PREFIXES = List.of("/id/", "/catalog/", "/report/", "/ontology/", "/ontology.");

    private final CrossOriginFilter filter = new CrossOriginFilter();
    private final Map<String, String> params;

    /**
     * @param origins {@code *} or origins such as {@code https://example.org:8443}
     */
    Cors(List<String> origins) {
        for (String o : origins) check(o);
        params = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length,Link," + LimitedQuery.HEADER + "," + CatalogPage.TOTAL_ROWS,
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    /** Whether a path (after the context path) is a read-only route that allows cross-origin requests. */
    static boolean readOnly(String path) {
        if (READ_ROUTES.contains(path)) return true;
        for (String p : READ_PREFIXES)
            if (path.startsWith(p)) return true;
        return false;
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
        if (req instanceof HttpServletRequest http && readOnly(http.getRequestURI().substring(http.getContextPath().length())))
            filter.doFilter(req, resp, chain);
        else chain.doFilter(req, resp);
    }

    @Override
    public void destroy() {
        filter.destroy();
    }
}
