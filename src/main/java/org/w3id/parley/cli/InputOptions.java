package org.w3id.parley.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.w3id.parley.load.Input;
import org.w3id.parley.api.Parley;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

/** The options shared by the verbs that read input files: {@code import} and {@code validate}. */
final class InputOptions {
    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "" + Parley.DEFAULT_MAX_ERRORS,
            description = "stop after this many problems, across all files (default: ${DEFAULT-VALUE})")
    int maxErrors;

    @Option(names = "--errors-json", paramLabel = "FILE",
            description = {"also write the problems to FILE as JSON lines, one object per problem:",
                    "{\"file\",\"line\",\"column\",\"pointer\",\"rule\",\"message\"} (empty when the input is valid)"})
    Path errorsJson;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "JSON files, or folders searched for *.json")
    List<Path> paths;

    /** The input files the paths name. */
    List<Input> inputs() {
        if (maxErrors < 1) throw new UsageException("Illegal --max-errors=" + maxErrors + ": must be at least 1");
        for (Path p : paths)
            // A dangling link is input that cannot be read (exit 2, below), not a mistyped name.
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) throw new UsageException("no such file or folder: " + p);
        List<Input> inputs = Input.of(paths);
        if (inputs.isEmpty()) throw new UsageException("no .json files found in " + paths);
        if (errorsJson != null) refuseInput(inputs);
        return inputs;
    }

    /**
     * Refuses an {@code --errors-json} file that is one of the inputs, or that a folder of the
     * input would find once written: writing it would destroy a source file or feed the errors
     * back in as input.
     */
    private void refuseInput(List<Input> inputs) {
        Path target = errorsJson.toAbsolutePath().normalize();
        for (Input in : inputs) {
            Path p = Path.of(in.name());
            if (p.toAbsolutePath().normalize().equals(target) || sameFile(p, errorsJson))
                throw new UsageException("Illegal --errors-json=" + errorsJson + ": it is one of the input files, which"
                        + " writing the errors would overwrite; choose a file outside the input");
        }
        if (!Input.isJsonName(errorsJson)) return;
        Path parent = real(target.getParent());
        for (Path p : paths)
            if (Files.isDirectory(p) && parent != null && parent.startsWith(real(p)))
                throw new UsageException("Illegal --errors-json=" + errorsJson + ": it is a .json file in the input folder "
                        + p + ", so it would be read as input; choose a file outside the input or another name");
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path real(Path p) {
        try {
            return p == null ? null : p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Runs {@code action}, writing the {@code --errors-json} file (if asked for) whatever the outcome:
     * the problems when the input is invalid, nothing when it is valid.
     */
    <T> T reportingTo(Supplier<T> action) {
        if (errorsJson != null) write(List.of()); // fails early, before any work, when FILE cannot be written
        try {
            return action.get();
        } catch (InvalidInputException e) {
            if (errorsJson != null) write(e.problems());
            throw e;
        }
    }

    /**
     * Writes the file atomically: into a temporary file beside it, then moved over it, so that a
     * reader (or a crash) sees the old content or the new, never a part.
     */
    private void write(List<Problem> problems) {
        Path target = errorsJson.toAbsolutePath();
        Path tmp = null;
        try {
            if (Files.isDirectory(target)) throw new IOException("it is a folder");
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(tmp, jsonLines(problems), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UsageException("cannot write --errors-json " + errorsJson + ": " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move took it, or there is nothing more to do
                }
            }
        }
    }

    /** One JSON object per problem and line; unknown line, column or pointer are null. */
    static String jsonLines(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        JsonFactory json = new JsonFactory();
        for (Problem p : problems) {
            var line = new java.io.StringWriter();
            try (JsonGenerator g = json.createGenerator(line)) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                if (p.line() > 0) g.writeNumberField("line", p.line()); else g.writeNullField("line");
                if (p.line() > 0) g.writeNumberField("column", Math.max(p.column(), 1)); else g.writeNullField("column");
                if (p.pointer() != null) g.writeStringField("pointer", p.pointer()); else g.writeNullField("pointer");
                g.writeStringField("rule", p.rule());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
