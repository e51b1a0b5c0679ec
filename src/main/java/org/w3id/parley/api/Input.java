package org.w3id.parley.api;

import org.w3id.parley.Bundled;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.Reader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One input file for an import: a name for messages and a way to read its bytes.
 *
 * @param name    the file as the user named it
 * @param content reads the file's bytes
 */
public record Input(String name, Supplier<byte[]> content) {
    /**
     * The JSON files named by {@code paths}: files as given, folders walked for {@code *.json} in name order.
     *
     * @throws InvalidInputException naming a folder that cannot be listed
     */
    public static List<Input> of(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().endsWith(".json"))
                            .sorted()
                            .forEach(f -> out.add(file(f)));
                } catch (IOException | UncheckedIOException e) {
                    throw new InvalidInputException(List.of(new Problem(p.toString(), 0, 0, null, "io",
                            "cannot list the folder: " + (e instanceof UncheckedIOException u ? u.getCause() : e))));
                }
            } else {
                out.add(file(p));
            }
        }
        return out;
    }

    /**
     * One file on disk. Reading stops one byte past {@link Reader#MAX_FILE_BYTES}, so a huge file
     * is rejected by the reader's size limit without being loaded whole.
     */
    public static Input file(Path p) {
        return new Input(p.toString(), () -> {
            try (InputStream in = Files.newInputStream(p)) {
                return in.readNBytes(Reader.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
        });
    }

    /** The data bundled in Parley's jar. */
    public static List<Input> bundled() {
        List<Input> out = new ArrayList<>();
        for (Bundled.Entry e : Bundled.list(Bundled.DATA, ".json")) out.add(new Input(e.name(), e::bytes));
        return out;
    }
}
