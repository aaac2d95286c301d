package org.zjcs.supervision.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The duration buckets of the step-time histogram ({@code due_step_day}, docs/supervision.md "Step times"): bucket b
 * holds the durations {@link #lower(int)} … {@link #upper(int)} seconds, both included. Below
 * {@value #EXACT_BELOW} s one bucket per second (exact); from there each bucket is about 9 % wide
 * (upper &lt; 1.09 × lower), so that its representative value {@link #value(int)} (the geometric middle of its ends,
 * rounded to a second) is within {@value #PRECISION_PERCENT} % of any duration in it. A median or P90 read from the
 * histogram is the representative value of the bucket that holds the exact one (the mean of two for an even count's
 * median), hence within 5 % of the exact figure. Negative durations count as 0.
 */
public final class StepBuckets {

    /** Durations below this many seconds have a bucket each. */
    public static final long EXACT_BELOW = 100;
    /** The largest relative distance between a duration and its bucket's value, in percent. */
    public static final int PRECISION_PERCENT = 5;

    private static final long[] LOWER;

    static {
        List<Long> lower = new ArrayList<>();
        long lo = 0;
        while (true) {
            lower.add(lo);
            if (lo >= Long.MAX_VALUE / 100) {
                break;   // the last bucket runs to Long.MAX_VALUE (some 10^11 years)
            }
            lo = lo < EXACT_BELOW ? lo + 1 : lo + lo * 9 / 100;
        }
        LOWER = lower.stream().mapToLong(Long::longValue).toArray();
    }

    private StepBuckets() {
    }

    /** The number of buckets. */
    public static int count() {
        return LOWER.length;
    }

    /** The bucket of a duration in seconds. */
    public static int bucket(long seconds) {
        if (seconds <= 0) {
            return 0;
        }
        int i = Arrays.binarySearch(LOWER, seconds);
        return i >= 0 ? i : -i - 2;
    }

    /** The shortest duration in bucket {@code b}. */
    public static long lower(int b) {
        return LOWER[b];
    }

    /** The longest duration in bucket {@code b}. */
    public static long upper(int b) {
        return b + 1 < LOWER.length ? LOWER[b + 1] - 1 : Long.MAX_VALUE;
    }

    /** The value reported for bucket {@code b}: √(lower · upper), rounded to a whole second. */
    public static long value(int b) {
        long lo = lower(b);
        long hi = upper(b);
        return lo == hi ? lo : Math.round(Math.sqrt((double) lo) * Math.sqrt((double) hi));
    }

    /**
     * The figures of a kind from its histogram: {@code counts} maps a bucket to its count (any order of buckets is
     * read ascending); the median and P90 at the ranks {@link StepTime} defines, each the value of its bucket.
     */
    public static StepTime stepTime(String kind, long late, SortedMap<Integer, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new StepTime(kind, 0, late, 0, 0);
        }
        long low = StepTime.medianLow(n);
        long high = StepTime.medianHigh(n);
        long p90 = StepTime.p90Rank(n);
        long vLow = -1;
        long vHigh = -1;
        long vP90 = -1;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            long v = value(e.getKey());
            if (vLow < 0 && seen >= low) {
                vLow = v;
            }
            if (vHigh < 0 && seen >= high) {
                vHigh = v;
            }
            if (vP90 < 0 && seen >= p90) {
                vP90 = v;
                break;   // the largest of the three ranks
            }
        }
        return new StepTime(kind, n, late, (vLow + vHigh) / 2.0, vP90);
    }
}
