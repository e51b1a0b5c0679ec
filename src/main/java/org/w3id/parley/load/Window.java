package org.w3id.parley.load;

import org.w3id.parley.ParleyException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The files' tasks of one pass, run on helper threads a few files ahead of the one whose result
 * the pass takes, and taken in input order: the reading pass parses this way, the validating pass
 * validates. Memory grows with each file in flight, so both the threads and the window are small.
 *
 * @param <R> what a task gives for one file
 */
final class Window<R> implements AutoCloseable {
    /** Threads that run the tasks: one a core, two at most (memory grows with each). */
    static final int THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /** Tasks started ahead of the one whose result is taken, at most. */
    private static final int AHEAD = 8;

    private final ExecutorService pool;
    private final int size;
    private final IntFunction<Callable<R>> task;
    private final List<Future<R>> started;

    /**
     * @param name thread name
     * @param size number of files
     * @param task the task of the file at an index
     */
    Window(String name, int size, IntFunction<Callable<R>> task) {
        this.pool = Executors.newFixedThreadPool(THREADS, daemon(name));
        this.size = size;
        this.task = task;
        this.started = new ArrayList<>(size);
    }

    /**
     * The result of the file at {@code index}, waiting for it; called with 0, 1, 2, … in turn.
     * Rethrows the task's failure.
     */
    R take(int index) {
        while (started.size() < size && started.size() <= index + AHEAD) started.add(pool.submit(task.apply(started.size())));
        R r = result(started.get(index));
        started.set(index, null);
        return r;
    }

    /** Stops the tasks still running: a pass that ends early does not wait for them. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Waits for a task and returns its result, rethrowing its failure. */
    static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException("interrupted while validating; nothing was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new ParleyException("validation failed: " + e.getCause(), e.getCause());
        }
    }

    /** Threads for the importer's helpers: named, and never keeping the JVM alive. */
    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
