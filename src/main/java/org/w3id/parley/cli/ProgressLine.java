package org.w3id.parley.cli;

import org.w3id.parley.load.Progress;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.io.PrintWriter;

/**
 * A progress line on a terminal, redrawn in place ({@code \r}) at most every
 * {@link #REDRAW_NANOS} nanoseconds; silent when output is not a terminal, so logs and pipes get
 * only the final summary.
 */
final class ProgressLine implements Progress {
    /** Least time between two redraws. */
    static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR = 20;

    private final PrintWriter out;
    private final boolean terminal;
    private Phase shown;
    private long lastDraw;
    private long writingSince;
    private int width;

    /**
     * @param out      where to draw (standard error)
     * @param terminal whether to draw at all
     */
    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * Whether standard error, where the line is drawn, is a terminal. On Linux that is where
     * {@code /proc/self/fd/2} leads; elsewhere the console decides ({@code System.console()} is
     * about standard input and output, so {@code parley import 2>log} on a terminal would still
     * draw into the log without the first check).
     */
    static boolean isTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2, LinkOption.NOFOLLOW_LINKS)) return isTerminal(fd2);
        Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 a console exists only on a terminal
        }
    }

    /** Whether the file descriptor link {@code fd} (a {@code /proc/self/fd/N}) leads to a terminal device. */
    static boolean isTerminal(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void update(Phase phase, int files, int totalFiles, long records, long quads) {
        if (!terminal) return;
        long now = System.nanoTime();
        if (phase == Phase.WRITING && shown != Phase.WRITING) writingSince = now;
        boolean last = files == totalFiles;
        if (phase == shown && !last && now - lastDraw < REDRAW_NANOS) return;
        shown = phase;
        lastDraw = now;
        draw(line(phase, files, totalFiles, records, quads, now));
    }

    /** Erases the line, before the summary is printed. */
    void clear() {
        if (!terminal || width == 0) return;
        out.print("\r" + " ".repeat(width) + "\r");
        out.flush();
        width = 0;
    }

    String line(Phase phase, int files, int totalFiles, long records, long quads, long now) {
        int filled = totalFiles == 0 ? BAR : (int) ((long) BAR * files / totalFiles);
        StringBuilder sb = new StringBuilder();
        sb.append(switch (phase) {
            case READING -> "reading    ";
            case VALIDATING -> "validating ";
            case WRITING -> "writing    ";
        });
        sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
        sb.append(String.format("%,d/%,d files, %,d records", files, totalFiles, records));
        if (phase == Phase.WRITING) {
            double seconds = Math.max((now - writingSince) / 1e9, 1e-3);
            sb.append(String.format(", %,d quads, %,.0f quads/s", quads, quads / seconds));
        }
        return sb.toString();
    }

    private void draw(String line) {
        int pad = Math.max(0, width - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        width = line.length();
    }
}
