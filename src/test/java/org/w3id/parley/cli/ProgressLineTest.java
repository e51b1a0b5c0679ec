package org.w3id.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.load.Progress.Phase;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;
import static org.w3id.parley.TestSupport.*;

/** The progress line: drawn in place on a terminal, absent otherwise; the summary is always printed. */
class ProgressLineTest {
    @TempDir
    Path dir;

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndErasedAtTheEnd() {
        StringWriter sw = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(sw), true);
        p.update(Phase.READING, 1, 4, 10, 0);
        p.update(Phase.WRITING, 4, 4, 40, 12_345);
        p.clear();
        String s = sw.toString();
        assertFalse(s.contains("\n"), "never a new line: " + s);
        assertTrue(s.startsWith("\rreading    [#####               ] 1/4 files, 10 records"), s);
        assertTrue(s.contains("\rwriting    [####################] 4/4 files, 40 records, 12,345 quads, "), s);
        assertTrue(s.matches("(?s).* [0-9,]+ quads/s *\r +\r"), s);
    }

    @Test
    void offATerminalNothingIsDrawn() {
        StringWriter sw = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(sw), false);
        p.update(Phase.WRITING, 4, 4, 40, 12_345);
        p.clear();
        assertEquals("", sw.toString());
    }

    @Test
    void theCliPrintsOnlyTheOneLineSummaryWhenNotOnATerminal() {
        Run r = cli("import", "--db", dir.resolve("db").toString(), DATA.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().matches("imported 6 files, \\d+ records, [0-9,]+ quads in 4 graphs, \\d+\\.\\d s into TDB2 database .*\n"),
                r.out());
    }

    @Test
    void theTerminalTestLooksAtWhereStandardErrorLeads() throws Exception {
        Path tty = java.nio.file.Files.createSymbolicLink(dir.resolve("fd-tty"), Path.of("/dev/pts/3"));
        Path file = java.nio.file.Files.createSymbolicLink(dir.resolve("fd-file"), dir.resolve("import.log"));
        Path pipe = java.nio.file.Files.createSymbolicLink(dir.resolve("fd-pipe"), Path.of("pipe:[12345]"));
        assertTrue(ProgressLine.isTerminal(tty));
        assertFalse(ProgressLine.isTerminal(file));
        assertFalse(ProgressLine.isTerminal(pipe));
        assertFalse(ProgressLine.isTerminal(dir.resolve("no-such-fd")));
    }

    @Test
    void progressForcesTheLineAndItCountsFilesAndRecordsWhileWriting() {
        Run r = cli("import", "--progress", "--db", dir.resolve("db").toString(), DATA.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("\rwriting    [####################] 6/6 files, "), r.err());
        assertFalse(r.err().matches("(?s).*\rwriting    \\[[# ]+\\] 0/0 files.*"), r.err());
        Run quiet = cli("import", "--no-progress", "--db", dir.resolve("db").toString(), DATA.toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.err());
    }
}
