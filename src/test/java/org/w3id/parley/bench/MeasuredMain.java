package org.w3id.parley.bench;

import org.w3id.parley.cli.Main;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs a {@code parley} command line in this JVM, then prints its peak heap use on the last line
 * as {@code peak-heap-bytes=N} (the sum of the heap pools' peak usage), for the benchmark.
 */
public final class MeasuredMain {
    private MeasuredMain() {}

    /** Runs the command line given as arguments. */
    public static void main(String[] args) {
        int code = Main.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        System.out.println("peak-heap-bytes=" + peak);
        System.out.flush();
        System.exit(code);
    }
}
