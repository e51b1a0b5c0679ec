package org.w3id.parley;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ontology, query catalog and data that ship inside Parley's jar (under {@code parley/}),
 * so that every command works from any folder.
 */
public final class Bundled {
    private Bundled() {}

    /** Folder of the ontology files. */
    public static final String ONTOLOGY = "parley/ontology";
    /** Folder of the query catalog. */
    public static final String QUERIES = "parley/queries";
    /** Folder of the curated data. */
    public static final String DATA = "parley/data";

    /**
     * A bundled file.
     *
     * @param name its name relative to the bundle root, e.g. {@code data/sources/x.json}
     * @param path its path, inside the jar's file system or on disk
     */
    public record Entry(String name, Path path) {
        /** The file's bytes. */
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled " + name, e);
            }
        }
    }

    /** Every bundled file under {@code folder} whose name ends with {@code suffix}, sorted by name. */
    public static List<Entry> list(String folder, String suffix) {
        URL url = Bundled.class.getClassLoader().getResource(folder);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            Path root;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                root = fs.getPath(folder);
            } else {
                root = Path.of(uri);
            }
            List<Entry> out = new ArrayList<>();
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(suffix))
                        .forEach(p -> out.add(new Entry(folder.substring("parley/".length()) + "/"
                                + root.relativize(p).toString().replace('\\', '/'), p)));
            }
            out.sort((a, b) -> a.name().compareTo(b.name()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bundled " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad resource URL " + url, e);
        }
    }

    /**
     * The text of a resource file kept beside a class, in its package: {@code file} of
     * {@code owner}'s package, such as the SPARQL of {@code org/w3id/parley/store/graphs.rq}.
     *
     * @throws IllegalStateException when the jar lacks the file (a build error, not a user's)
     */
    public static String beside(Class<?> owner, String file) {
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null)
                throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/" + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens one bundled resource, e.g. {@code parley/ontology/shapes.ttl}. */
    public static InputStream open(String resource) {
        InputStream in = Bundled.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing bundled resource " + resource);
        return in;
    }
}
