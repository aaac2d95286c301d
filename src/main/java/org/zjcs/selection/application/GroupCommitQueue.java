package org.zjcs.selection.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zjcs.shared.error.DomainException;

/**
 * Group commit: callers put a submission in a bounded queue and wait; one writer thread takes what is waiting (up to
 * {@code maxBatch}, waiting at most {@code maxWaitMillis} for more once it has one) and writes it with {@link Writer}
 * in ONE transaction; each caller is answered with its own decision only after that transaction returned, i.e.
 * committed. A refusal of one submission is a decision like an acceptance and never fails the batch; an exception of
 * the writer (the transaction rolled back, nothing stored) answers every caller of the batch with
 * {@code enrolment.error.notStored}.
 *
 * <p>Backpressure: a full queue refuses at once ({@code enrolment.error.busy}). A caller that waited longer than
 * {@code clientTimeoutMillis} is refused the same way only if its submission is still in the queue (removed from it,
 * so it is never written); once the writer has taken it, the caller waits for the outcome, so a committed submission
 * is never reported as failed.
 *
 * <p>Plain Java, no container: {@link BidService} runs it on a managed thread and a transaction; unit tests run it
 * with fakes.
 */
public final class GroupCommitQueue<S, R> {

    private static final Logger LOG = Logger.getLogger(GroupCommitQueue.class.getName());

    /** The outcome of one submission: accepted with its value, or refused with a reason. */
    public record Decision<R>(R value, DomainException refusal) {

        public static <R> Decision<R> accepted(R value) {
            return new Decision<>(value, null);
        }

        public static <R> Decision<R> refused(DomainException refusal) {
            return new Decision<>(null, refusal);
        }
    }

    /** Writes a batch in one transaction and returns one decision per submission, in order; throws to roll back. */
    @FunctionalInterface
    public interface Writer<S, R> {
        List<Decision<R>> write(List<S> batch) throws Exception;
    }

    /** Told about every batch (metrics). */
    public interface Listener {
        default void written(int size, long nanos) {
        }

        default void failed(int size, Throwable error) {
        }
    }

    /** Sizes: queue capacity, most submissions per transaction, how long to wait for more, how long a caller waits. */
    public record Sizes(int capacity, int maxBatch, long maxWaitMillis, long clientTimeoutMillis) {

        public Sizes {
            if (capacity < 1 || maxBatch < 1 || maxWaitMillis < 0 || clientTimeoutMillis < 1) {
                throw new IllegalArgumentException("invalid batcher sizes " + capacity + "/" + maxBatch + "/"
                        + maxWaitMillis + "/" + clientTimeoutMillis);
            }
        }
    }

    private static final class Pending<S, R> {
        final S item;
        final CompletableFuture<Decision<R>> outcome = new CompletableFuture<>();

        Pending(S item) {
            this.item = item;
        }
    }

    private final Sizes sizes;
    private final Writer<S, R> writer;
    private final Listener listener;
    private final ArrayBlockingQueue<Pending<S, R>> queue;
    private final Thread thread;
    private volatile boolean running = true;

    public GroupCommitQueue(Sizes sizes, Writer<S, R> writer, Listener listener, ThreadFactory threads) {
        this.sizes = sizes;
        this.writer = writer;
        this.listener = listener == null ? new Listener() { } : listener;
        this.queue = new ArrayBlockingQueue<>(sizes.capacity());
        this.thread = threads.newThread(this::run);
        this.thread.setName("zjcs-bid-writer");
        this.thread.start();
    }

    /** Submissions waiting for the writer. */
    public int depth() {
        return queue.size();
    }

    /**
     * Queues the submission and waits for its batch: its value once committed, or the refusal (thrown). Throws
     * {@code enrolment.error.busy} when the queue is full or the submission waited too long without being taken,
     * {@code enrolment.error.notStored} when its batch failed, {@code enrolment.error.unavailable} when stopping.
     */
    public R submit(S item) {
        if (!running) {
            throw new DomainException("enrolment.error.unavailable");
        }
        Pending<S, R> p = new Pending<>(item);
        if (!queue.offer(p)) {
            throw new DomainException("enrolment.error.busy");
        }
        Decision<R> d = await(p);
        if (d.refusal() != null) {
            throw d.refusal();
        }
        return d.value();
    }

    private Decision<R> await(Pending<S, R> p) {
        boolean interrupted = false;
        try {
            try {
                return p.outcome.get(sizes.clientTimeoutMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | InterruptedException e) {
                interrupted = e instanceof InterruptedException;
                if (queue.remove(p)) {
                    // never taken by the writer: it will never be written
                    return Decision.refused(new DomainException("enrolment.error.busy"));
                }
            }
            // the writer has it: wait for the outcome of its transaction, whatever it is
            while (true) {
                try {
                    return p.outcome.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            return Decision.refused(new DomainException("enrolment.error.notStored"));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        List<Pending<S, R>> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending<S, R> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(sizes.maxWaitMillis());
                while (batch.size() < sizes.maxBatch()) {
                    queue.drainTo(batch, sizes.maxBatch() - batch.size());
                    long left = until - System.nanoTime();
                    if (batch.size() >= sizes.maxBatch() || left <= 0) {
                        break;
                    }
                    Pending<S, R> more = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (more == null) {
                        break;
                    }
                    batch.add(more);
                }
                flush(batch);
            } catch (InterruptedException e) {
                if (running) {
                    continue;
                }
                // stopping: what was taken is written below, what remains is written by the loop
            } finally {
                if (!batch.isEmpty()) {
                    flush(batch);
                }
            }
        }
    }

    private void flush(List<Pending<S, R>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<S> items = new ArrayList<>(batch.size());
        batch.forEach(p -> items.add(p.item));
        long start = System.nanoTime();
        List<Decision<R>> decisions;
        try {
            decisions = writer.write(items);
            if (decisions == null || decisions.size() != items.size()) {
                throw new IllegalStateException("the writer answered " + (decisions == null ? "nothing" : decisions.size())
                        + " decisions for " + items.size() + " submissions");
            }
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "A batch of " + items.size() + " submissions was not stored", e);
            listener.failed(items.size(), e);
            batch.forEach(p -> p.outcome.complete(Decision.refused(new DomainException("enrolment.error.notStored"))));
            batch.clear();
            return;
        }
        listener.written(items.size(), System.nanoTime() - start);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome.complete(decisions.get(i));
        }
        batch.clear();
    }

    /**
     * Stops taking submissions, writes what is queued, and waits (at most {@code waitMillis}) for the writer to end;
     * anything still queued then is refused as unavailable.
     */
    public void stop(long waitMillis) {
        running = false; // the writer sees it within 100 ms; never interrupted inside a transaction
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending<S, R> p;
        while ((p = queue.poll()) != null) {
            p.outcome.complete(Decision.refused(new DomainException("enrolment.error.unavailable")));
        }
    }
}
