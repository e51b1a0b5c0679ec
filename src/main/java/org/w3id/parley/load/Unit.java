package org.w3id.parley.load;

import org.w3id.parley.json.InputFile;
import org.w3id.parley.json.InvalidInputException;
import org.w3id.parley.json.Problem;
import org.w3id.parley.json.InputReader;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * One input file that passed the reading and checking passes: what the later passes need to read
 * it again, and no record of it.
 *
 * @param input    the file
 * @param position its position in the {@code json.CrossRecordRules}, which knows whose records it refers to
 * @param digest   SHA-256 of the bytes that were checked
 * @param graph    the named graph it replaces
 * @param records  how many records it holds
 */
record Unit(Input input, int position, byte[] digest, String graph, int records) {
    /**
     * The file read and parsed again.
     *
     * @throws InvalidInputException when it cannot be read, or its bytes differ from those checked
     */
    InputFile reread(InputReader reader) {
        byte[] bytes;
        try {
            bytes = input.content().get();
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(List.of(new Problem(input.name(), 0, 0, null, "io", e.getMessage())));
        }
        if (!Arrays.equals(ReadPass.sha256(bytes), digest))
            throw new InvalidInputException(List.of(new Problem(input.name(), 0, 0, null, "io",
                    "the file changed while it was being imported; import it again")));
        return reader.read(input.name(), bytes);
    }
}
