package org.w3id.parley.server;

import java.net.URL;

/**
 * Where Fuseki's query UI is: the built web application in the {@code jena-fuseki-ui} jar,
 * under the class-path folder {@code webapp/}, served as the server's static files.
 */
final class FusekiUi {
    private FusekiUi() {}

    /** The URL of the UI's folder, e.g. {@code jar:file:/…/parley.jar!/webapp/}. */
    static String location() {
        URL index = FusekiUi.class.getClassLoader().getResource("webapp/index.html");
        if (index == null)
            throw new IllegalStateException("Fuseki's UI is missing: no webapp/index.html on the class path (is jena-fuseki-ui a dependency?)");
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }
}
