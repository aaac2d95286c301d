package org.zjcs.search.infrastructure;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads a search spreads its segments, facet counting and snippets over: one per core, made once by the server's
 * managed thread factory. Handing each of a search's ten or so small tasks to the server's managed executor instead
 * captured and restored the application's context per task; at province scale a search that takes 7 ms in Lucene
 * took 15 ms over HTTP (docs/performance.md, "2026-12-07"). Tasks wait in an unbounded queue when every thread is busy
 * (the cores are then busy anyway).
 */
public final class SearchThreads implements Executor, AutoCloseable {

    private final ThreadPoolExecutor pool;

    public SearchThreads(ThreadFactory threads) {
        int n = Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(n, n, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), threads);
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    /** Lets the running tasks end and starts no more. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
