package org.w3id.parley.load;

import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InputReader;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The reading pass: each file's bytes read, parsed strictly and checked on its own (syntax,
 * structure, each record's fields), on helper threads a few files ahead of the checking pass that
 * takes them in input order. A file's bytes are kept only as their SHA-256 digest, against which
 * the later passes check what they read again.
 */
final class ReadPass {
    private ReadPass() {}

    /** A file parsed (not yet checked against the others) and the digest of its bytes. */
    record Parsed(InputFile file, byte[] digest) {}

    /**
     * The files parsed ahead of the caller, taken in input order with {@link Window#take}; a file
     * that cannot be read or parsed fails its {@code take}, with {@code UncheckedIOException} or
     * {@code InvalidInputException}.
     */
    static Window<Parsed> over(List<Input> inputs) {
        ThreadLocal<InputReader> readers = ThreadLocal.withInitial(InputReader::new);
        return new Window<>("parley-read", inputs.size(), i -> () -> parse(inputs.get(i), readers.get()));
    }

    private static Parsed parse(Input in, InputReader reader) {
        byte[] bytes = in.content().get();
        return new Parsed(reader.read(in.name(), bytes), sha256(bytes));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
