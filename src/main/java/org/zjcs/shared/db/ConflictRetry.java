package org.zjcs.shared.db;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How {@link RetryOnConflictInterceptor} retries: at most {@code attempts} runs of the transaction, the pause before
 * run n+1 drawn at random between half and all of {@code baseMillis × 2^(n-1)} (capped at {@code maxMillis}), so that
 * two writers that conflicted do not meet again at the same moment. Counts of what happened in this JVM, for the log
 * and the cluster checks ({@link #COUNTS}).
 */
public record ConflictRetry(int attempts, long baseMillis, long maxMillis) {

    /** Conflicts seen, transactions run again, operations given up, since this JVM started. */
    public static final Counts COUNTS = new Counts();

    /** 5 runs at most, pauses of about 10, 20, 40, 80 ms: well under a second in all. */
    public static ConflictRetry standard() {
        return new ConflictRetry(5, 10, 200);
    }

    /** The pause after the failed attempt {@code attempt} (1-based), with jitter. */
    public long pauseMillis(int attempt) {
        long ceiling = Math.min(maxMillis, baseMillis << Math.min(20, attempt - 1));
        return ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
    }

    /** Counters of one JVM. */
    public static final class Counts {
        private final AtomicLong conflicts = new AtomicLong();
        private final AtomicLong retries = new AtomicLong();
        private final AtomicLong givenUp = new AtomicLong();

        void conflict() {
            conflicts.incrementAndGet();
        }

        void retried() {
            retries.incrementAndGet();
        }

        void gaveUp() {
            givenUp.incrementAndGet();
        }

        public long conflicts() {
            return conflicts.get();
        }

        public long retries() {
            return retries.get();
        }

        public long givenUp() {
            return givenUp.get();
        }

        @Override
        public String toString() {
            return "conflicts=" + conflicts() + ", retries=" + retries() + ", givenUp=" + givenUp();
        }
    }
}
