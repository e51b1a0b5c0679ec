package org.w3id.parley.dump;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One written dump file.
 *
 * @param format its format
 * @param file   where it was written
 * @param bytes  its size in bytes
 * @param sha256 its SHA-256 checksum, lower-case hex
 */
public record Distribution(DumpFormat format, Path file, long bytes, String sha256) {
    /** Validates the fields. */
    public Distribution {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        if (bytes < 0) throw new IllegalArgumentException("Illegal bytes=" + bytes + ": a size is never negative");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}"))
            throw new IllegalArgumentException("Illegal sha256=" + sha256 + ": must be 64 lower-case hex digits");
    }
}
