package org.zjcs.search.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.zjcs.search.domain.IndexedDocument;

/**
 * Writes a rebuild's documents into a new generation on several threads: the rebuild's own thread reads the next
 * batch from the database while up to {@code threads} batches are analysed and added (Chinese segmentation is the
 * rebuild's cost, and {@link IndexWriter} takes documents from several threads at once). At most {@code threads}
 * batches wait or run at a time, so the memory held stays bounded; the first failure is thrown by the next
 * {@link #add} or by {@link #finish}.
 */
public final class RebuildWriter {

    private final IndexWriter writer;
    private final ExecutorService executor;
    private final Semaphore slots;
    private final int threads;
    private final Deque<Future<?>> running = new ArrayDeque<>();
    private final AtomicLong added = new AtomicLong();

    public RebuildWriter(IndexWriter writer, ExecutorService executor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
        this.writer = writer;
        this.executor = executor;
        this.threads = threads;
        this.slots = new Semaphore(threads);
    }

    /** The threads to use on this machine: one per processor. */
    public static int threadsHere() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Documents added so far (the progress the operator sees). */
    public long added() {
        return added.get();
    }

    /** Hands one batch to a thread, waiting while {@code threads} batches are still being written. */
    public void add(List<IndexedDocument> batch) throws IOException {
        checkFinished(false);
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rebuilding the search index", e);
        }
        try {
            running.add(executor.submit(() -> {
                try {
                    for (IndexedDocument d : batch) {
                        writer.addDocument(SearchFields.document(d));
                        added.incrementAndGet();
                    }
                    return null;
                } finally {
                    slots.release();
                }
            }));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Waits until every batch handed over is written; throws the first failure. */
    public void finish() throws IOException {
        checkFinished(true);
    }

    private void checkFinished(boolean waitForAll) throws IOException {
        while (!running.isEmpty() && (waitForAll || running.peek().isDone())) {
            Future<?> f = running.poll();
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelAll();
                throw new IOException("interrupted while rebuilding the search index", e);
            } catch (ExecutionException e) {
                cancelAll();
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException uio) {
                    throw uio.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            }
        }
    }

    private void cancelAll() {
        for (Future<?> f : running) {
            f.cancel(false);
        }
        running.clear();
    }

    /** The batches at most in flight at once. */
    public int threads() {
        return threads;
    }
}
