package org.w3id.parley.dump;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * An external merge sort of text lines with bounded memory: lines are kept in a buffer of at
 * most {@code bufferLines}; a full buffer is sorted and written to a temporary file (a run).
 * Reading merges the runs, any number of times, so one sort can feed several outputs. Temporary
 * files are deleted on {@link #close()}.
 *
 * <p>Jena's writers do not sort: the streaming ones write in the order they are given, the others
 * in a graph's order. The order that makes dumps byte-stable is made here. Jena 5.6.0 has an
 * external sort of its own ({@code org.apache.jena.atlas.data.DistinctDataBag}), read but not
 * tried: it spills only into {@code java.io.tmpdir} (its {@code getNewTemporaryFile}), where
 * {@link Dumper.Builder#tempDir} lets a dump choose the folder, and it would need a serializer
 * of lines written here.
 */
final class LineSorter implements AutoCloseable {
    /** The most runs kept before they are merged into one, so a huge sort never opens too many files at once. */
    static final int MAX_RUNS = 64;

    private final int bufferLines;
    private final Path tempDir;
    private final boolean distinct;
    private final List<Path> runs = new ArrayList<>();
    private List<String> buffer = new ArrayList<>();
    private boolean sealed;

    /**
     * @param bufferLines lines held in memory before a run is written (at least 1)
     * @param tempDir     folder for the runs (null: the system's temporary folder)
     * @param distinct    drop repeated lines
     */
    LineSorter(int bufferLines, Path tempDir, boolean distinct) {
        if (bufferLines < 1) throw new IllegalArgumentException("Illegal bufferLines=" + bufferLines + ": must be at least 1");
        this.bufferLines = bufferLines;
        this.tempDir = tempDir;
        this.distinct = distinct;
    }

    /** Adds a line (no line breaks inside). */
    void add(String line) {
        if (sealed) throw new IllegalStateException("lines added after reading started");
        buffer.add(line);
        if (buffer.size() >= bufferLines) spill();
    }

    /** Number of temporary runs written so far (for tests of the external path). */
    int runs() {
        return runs.size();
    }

    private void spill() {
        sortBuffer();
        if (runs.size() >= MAX_RUNS) compact();
        runs.add(writeRun(buffer.iterator()));
        buffer = new ArrayList<>();
    }

    /** Merges every run so far into one. */
    private void compact() {
        List<Path> old = new ArrayList<>(runs);
        runs.clear();
        Path merged;
        try (Merge m = merge(old, List.of())) {
            merged = writeRun(m);
        }
        runs.add(merged);
        for (Path p : old) delete(p);
    }

    private Path writeRun(Iterator<String> lines) {
        try {
            Path run = tempDir == null ? Files.createTempFile("parley-dump-", ".run")
                    : Files.createTempFile(tempDir, "parley-dump-", ".run");
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                while (lines.hasNext()) {
                    w.write(lines.next());
                    w.write('\n');
                }
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary sort file: " + e.getMessage(), e);
        }
    }

    private void sortBuffer() {
        Collections.sort(buffer);
        if (distinct && buffer.size() > 1) {
            List<String> out = new ArrayList<>(buffer.size());
            String last = null;
            for (String s : buffer) {
                if (!s.equals(last)) out.add(s);
                last = s;
            }
            buffer = out;
        }
    }

    /**
     * The lines in sorted order, merged with {@code extra} (itself sorted); repeated lines are
     * dropped when this sorter is distinct. The caller closes the iterator.
     */
    Merge sorted(List<String> extra) {
        if (!sealed) {
            sealed = true;
            sortBuffer();
        }
        return merge(runs, List.of(buffer, extra));
    }

    /** A merge of run files and sorted in-memory lists. */
    private Merge merge(List<Path> files, List<List<String>> memory) {
        List<Iterator<String>> sources = new ArrayList<>();
        List<AutoCloseable> closers = new ArrayList<>();
        try {
            for (Path run : files) {
                BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                closers.add(r);
                sources.add(r.lines().iterator());
            }
        } catch (IOException e) {
            closeAll(closers);
            throw new UncheckedIOException("cannot read a temporary sort file: " + e.getMessage(), e);
        }
        for (List<String> m : memory) sources.add(m.iterator());
        return new Merge(sources, closers, distinct);
    }

    @Override
    public void close() {
        for (Path run : runs) delete(run);
        runs.clear();
        buffer = List.of();
    }

    private static void delete(Path run) {
        try {
            Files.deleteIfExists(run);
        } catch (IOException e) {
            // A leftover temporary file is not worth failing a finished dump for.
        }
    }

    private static void closeAll(List<AutoCloseable> closers) {
        for (AutoCloseable c : closers) {
            try {
                c.close();
            } catch (Exception e) {
                // closing readers of temporary files: nothing to recover
            }
        }
    }

    /** A k-way merge of sorted line sources. */
    static final class Merge implements Iterator<String>, AutoCloseable {
        private record Head(String line, Iterator<String> rest) {}

        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.line.compareTo(b.line));
        private final List<AutoCloseable> closers;
        private final boolean distinct;
        private String next;

        private Merge(List<Iterator<String>> sources, List<AutoCloseable> closers, boolean distinct) {
            this.closers = closers;
            this.distinct = distinct;
            for (Iterator<String> it : sources) if (it.hasNext()) heads.add(new Head(it.next(), it));
            advance(null);
        }

        private void advance(String previous) {
            next = null;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (h.rest.hasNext()) heads.add(new Head(h.rest.next(), h.rest));
                if (distinct && h.line.equals(previous)) continue;
                next = h.line;
                return;
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) throw new NoSuchElementException();
            String out = next;
            advance(out);
            return out;
        }

        @Override
        public void close() {
            closeAll(closers);
        }
    }
}
