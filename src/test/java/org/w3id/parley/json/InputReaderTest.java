package org.w3id.parley.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Importer;
import org.w3id.parley.load.Input;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Encodings and limits of the strict reader. */
class InputReaderTest {
    private static final String PARTY = "{ \"parties\": [ { \"id\": \"x\", \"type\": \"State\", \"label\": \"X\" } ] }";

    @TempDir
    Path dir;

    @Test
    void aUtf8ByteOrderMarkIsIgnoredAndColumnsCountCharacters() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "{ \"parties\": [ { \"label\": \"é\", \"id\": \"X\" } ] }".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new InputReader().read("f.json", both));
        // An editor shows "X" at column 38: neither the BOM nor the second byte of "é" counts.
        assertEquals("f.json:1:38: /parties/0/id: 'id' = \"X\" is not a slug: use lower-case letters, digits and single hyphens",
                e.problems().get(0).toString());
        byte[] good = PARTY.getBytes(StandardCharsets.UTF_8);
        byte[] goodBom = new byte[3 + good.length];
        System.arraycopy(bom, 0, goodBom, 0, 3);
        System.arraycopy(good, 0, goodBom, 3, good.length);
        assertEquals("x", new InputReader().read("g.json", goodBom).document().parties().get(0).id());
    }

    @Test
    void utf16IsRejectedNotGuessed() {
        byte[] le = ("\uFEFF" + PARTY).getBytes(StandardCharsets.UTF_16LE);
        var e = assertThrows(InvalidInputException.class, () -> new InputReader().read("f.json", le));
        assertEquals("f.json:1:1: input is UTF-16 (it starts with a UTF-16 byte order mark): save it as UTF-8",
                e.problems().get(0).toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWithoutBeingReadWhole() throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(InputReader.MAX_FILE_BYTES * 4L);
        }
        Input in = Input.file(big);
        assertEquals(InputReader.MAX_FILE_BYTES + 1, in.content().get().length, "reading stops just past the limit");
        var e = assertThrows(InvalidInputException.class, () -> Importer.prepare(List.of(in), 10));
        assertEquals("limit", e.problems().get(0).rule());
        assertEquals(big + ": too large: the file has more than " + InputReader.MAX_FILE_BYTES + " bytes", e.problems().get(0).toString());
    }

    @Test
    void tooManyValuesInOneFileIsALimit() {
        StringBuilder sb = new StringBuilder("{ \"parties\": [ { \"id\": \"x\", \"type\": \"State\", \"label\": \"X\", \"altLabels\": [");
        for (int i = 0; i < InputReader.MAX_VALUES; i++) sb.append(i == 0 ? "\"a\"" : ",\"a\"");
        sb.append("] } ] }");
        var e = assertThrows(InvalidInputException.class, () -> new InputReader().read("f.json", sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("limit", e.problems().get(0).rule());
        assertTrue(e.problems().get(0).message().contains("more than " + InputReader.MAX_VALUES + " JSON values"), e.getMessage());
    }

    @Test
    void eachBrokenRecordOfAFileIsReportedNotOnlyTheFirst() {
        String json = """
                { "parties": [
                    { "id": "a", "type": "State", "label": "A", "colour": "red" },
                    { "id": "b", "type": "State", "label": "B" },
                    { "id": "C", "type": "State", "label": "C" } ],
                  "regions": [ { "id": "r", "label": "R", "iso3166_2": "XX-1" } ] }
                """;
        var e = assertThrows(InvalidInputException.class, () -> new InputReader().read("f.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("/parties/0/colour", "/parties/2/id", "/regions/0/iso3166_2"),
                e.problems().stream().map(Problem::pointer).toList());
    }

    @Test
    void aDateIsTextAndANumberInItsPlaceIsNamedInJsonTerms() throws InvalidInputException {
        String source = "{ \"source\": { \"id\": \"s\", \"title\": \"T\", \"publisher\": \"P\", \"language\": \"en\","
                + " \"published\": DATE } }";
        assertEquals("2025-05", new InputReader().read("f.json", source.replace("DATE", "\"2025-05\"")
                .getBytes(StandardCharsets.UTF_8)).document().source().published().toString());
        for (String[] c : new String[][] {{"2025", "a number"}, {"true", "true or false"}, {"{}", "an object"}}) {
            var e = assertThrows(InvalidInputException.class,
                    () -> new InputReader().read("f.json", source.replace("DATE", c[0]).getBytes(StandardCharsets.UTF_8)));
            assertEquals("expected a string, found " + c[1], e.problems().get(0).message(), c[0]);
        }
    }
}
