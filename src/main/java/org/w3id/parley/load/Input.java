package org.w3id.parley.load;

import org.w3id.parley.Bundled;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.InputReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One input file for an import: a name for messages and a way to read its bytes.
 *
 * <p>A file that is named or found and cannot be read is never skipped: it becomes an input
 * whose reading fails with the reason (a dangling or looping symbolic link, a FIFO, a device,
 * a file that cannot be opened), so that {@code validate} and {@code import} report it as a
 * problem of rule {@code io}, exit with 2 and write nothing. Skipping it instead would let
 * {@code import --prune} drop the graph of the source that file holds.
 *
 * @param name    the file as the user named it
 * @param content reads the file's bytes
 */
public record Input(String name, Supplier<byte[]> content) {
    /**
     * The JSON files named by {@code paths}: files as given; folders walked, following symbolic
     * links, for files whose name ends in {@code .json} in any case ({@code A.JSON} too), in
     * name order.
     *
     * @throws InvalidInputException naming a folder that cannot be listed
     */
    public static List<Input> of(List<Path> paths) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) out.addAll(walk(p));
            else out.add(file(p));
        }
        return out;
    }

    /** Whether a file name is one of an input file: it ends in {@code .json}, in any case. */
    public static boolean isJsonName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The {@code *.json} entries below a folder, in name order; those that cannot be read fail when read. */
    private static List<Input> walk(Path folder) {
        TreeMap<Path, Input> found = new TreeMap<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    // A link that cannot be followed is visited as the link itself.
                    if (isJsonName(f)) found.put(f, file(f));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (e instanceof FileSystemLoopException)
                        found.put(f, unreadable(f, "a symbolic link that leads back into a folder above it (a loop)"));
                    else if (isJsonName(f) || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
                        found.put(f, unreadable(f, "cannot be read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(List.of(new Problem(folder.toString(), 0, 0, null, "io",
                    "cannot list the folder: " + (e instanceof UncheckedIOException u ? u.getCause() : e))));
        }
        return List.copyOf(found.values());
    }

    /**
     * One file on disk. Reading stops one byte past {@link InputReader#MAX_FILE_BYTES}, so a huge file
     * is rejected by the reader's size limit without being loaded whole. Only a regular file (or
     * a link to one) is opened: a FIFO would block until something writes to it, and a device
     * could be read forever, so both fail with a message instead.
     */
    public static Input file(Path p) {
        return new Input(p.toString(), () -> {
            String not = notRegular(p);
            if (not != null) throw failure(not);
            try (InputStream in = Files.newInputStream(p)) {
                return in.readNBytes(InputReader.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot be read: " + reason(e), e);
            }
        });
    }

    /** Why {@code p} is not a regular file that can be opened, or null when it is one. */
    private static String notRegular(Path p) {
        if (Files.isRegularFile(p)) return null;
        if (Files.isSymbolicLink(p)) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(p));
            } catch (IOException e) {
                target = "?";
            }
            return Files.exists(p, LinkOption.NOFOLLOW_LINKS) && Files.notExists(p)
                    ? "a symbolic link to \"" + target + "\", which does not exist"
                    : "a symbolic link to \"" + target + "\", which cannot be followed (a loop?)";
        }
        if (Files.isDirectory(p)) return "a folder, not a file";
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return "no such file";
        return "not a regular file (a FIFO, socket or device): not read";
    }

    private static Input unreadable(Path p, String why) {
        return new Input(p.toString(), () -> {
            throw failure(why);
        });
    }

    /** A reading failure whose message is the reason alone: problems name the file themselves. */
    private static UncheckedIOException failure(String why) {
        return new UncheckedIOException(why, new IOException(why));
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) m = fse.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** The data bundled in Parley's jar. */
    public static List<Input> bundled() {
        List<Input> out = new ArrayList<>();
        for (Bundled.Entry e : Bundled.list(Bundled.DATA, ".json")) out.add(new Input(e.name(), e::bytes));
        return out;
    }
}
