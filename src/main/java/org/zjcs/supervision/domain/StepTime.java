package org.zjcs.supervision.domain;

import java.util.List;

/**
 * How long one kind of step took over a period (closed items only, {@code due_item.duration_seconds}): the count, the
 * median (the middle value, or the mean of the two middle values of an even count) and the 90th percentile by the
 * nearest-rank method (the value at rank ⌈0.9·n⌉ of the ascending durations), and how many were closed late. The
 * board reads the values at these ranks from a histogram ({@link StepBuckets#stepTime}), to 5 %.
 */
public record StepTime(String kind, long count, long late, double medianSeconds, long p90Seconds) {

    /** The 1-based rank of the lower middle value. */
    public static long medianLow(long n) {
        return (n + 1) / 2;
    }

    /** The 1-based rank of the upper middle value (the same as the lower one for an odd count). */
    public static long medianHigh(long n) {
        return n / 2 + 1;
    }

    /** The 1-based nearest rank of the 90th percentile: ⌈0.9·n⌉, computed in integers. */
    public static long p90Rank(long n) {
        return (9 * n + 9) / 10;
    }

    /** The figures of ascending durations (the board reads only the ranks it needs from the database). */
    public static StepTime of(String kind, long late, List<Long> ascending) {
        long n = ascending.size();
        if (n == 0) {
            return new StepTime(kind, 0, late, 0, 0);
        }
        double median = (ascending.get((int) medianLow(n) - 1) + ascending.get((int) medianHigh(n) - 1)) / 2.0;
        return new StepTime(kind, n, late, median, ascending.get((int) p90Rank(n) - 1));
    }

    /** The figures from the values at the ranks above of {@code n} ascending durations (read by the database). */
    public static StepTime ofRanks(String kind, long n, long late, java.util.Map<Long, Long> valueAtRank) {
        if (n == 0) {
            return new StepTime(kind, 0, late, 0, 0);
        }
        double median = (valueAtRank.get(medianLow(n)) + valueAtRank.get(medianHigh(n))) / 2.0;
        return new StepTime(kind, n, late, median, valueAtRank.get(p90Rank(n)));
    }

    /** The median in hours, one decimal, for the pages and charts. */
    public double medianHours() {
        return Math.round(medianSeconds / 360.0) / 10.0;
    }

    public double p90Hours() {
        return Math.round(p90Seconds / 360.0) / 10.0;
    }
}
