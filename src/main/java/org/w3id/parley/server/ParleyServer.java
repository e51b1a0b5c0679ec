package org.w3id.parley.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

import java.util.Objects;

/**
 * A Fuseki server for one Parley dataset at {@code /parley}: SPARQL query at
 * {@code /parley/sparql} and {@code /parley/query}, read-only Graph Store Protocol at
 * {@code /parley/get}, health at {@code /$/ping}.
 *
 * <pre>{@code
 * try (ParleyServer server = ParleyServer.create().port(0).dataset(dsg).build().start()) {
 *     String endpoint = server.sparqlUrl();
 *     ...
 * }
 * }</pre>
 */
public final class ParleyServer implements AutoCloseable {
    /** The dataset's name in URLs. */
    public static final String DATASET = "/parley";

    private final FusekiServer fuseki;
    private final String host;

    private ParleyServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** A builder with the defaults: port 3030, loopback only, read-only. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts the server; returns this. */
    public ParleyServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://host:port/} */
    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return baseUrl() + "parley/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        fuseki.stop();
    }

    /** Builds a {@link ParleyServer}; setters validate their arguments. */
    public static final class Builder {
        private int port = 3030;
        private String host = "localhost";
        private DatasetGraph dsg;

        private Builder() {}

        /** The port, 0 for any free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("Illegal port=" + port + ": port must be 0..65535");
            this.port = port;
            return this;
        }

        /** The host name or address to bind; "localhost" (the default) binds loopback only. */
        public Builder host(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) throw new IllegalArgumentException("Illegal host='': give a host name or address");
            this.host = host;
            return this;
        }

        /** The dataset to serve (its default graph should be the union of its named graphs). */
        public Builder dataset(DatasetGraph dsg) {
            this.dsg = Objects.requireNonNull(dsg, "dataset");
            return this;
        }

        /** Builds the server without starting it. */
        public ParleyServer build() {
            if (dsg == null) throw new IllegalStateException("no dataset: call dataset(...) first");
            boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
            FusekiServer.Builder b = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .add(DATASET, dsg, false);
            b.addServlet("/id/*", new org.w3id.parley.ld.LinkedDataServlet(dsg)); // linked data: GET /id/{kind}/{slug}
            return new ParleyServer(b.build(), host);
        }
    }
}
