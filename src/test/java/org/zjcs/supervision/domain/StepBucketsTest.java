package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StepBucketsTest {

    @Test
    void belowOneHundredSecondsEverySecondHasItsOwnBucket() {
        assertEquals(0, StepBuckets.bucket(0));
        assertEquals(0, StepBuckets.bucket(-5));   // a clock step backwards counts as 0
        assertEquals(1, StepBuckets.bucket(1));
        assertEquals(99, StepBuckets.bucket(99));
        for (int s = 0; s < 100; s++) {
            assertEquals(s, StepBuckets.value(StepBuckets.bucket(s)), "exact below 100 s");
        }
    }

    @Test
    void fromOneHundredSecondsTheBucketsGrowByNinePercent() {
        // 100 + 100 * 9 / 100 = 109: bucket 100 is 100 … 108; 109 + 109 * 9 / 100 = 118: bucket 101 is 109 … 117
        assertEquals(100, StepBuckets.bucket(100));
        assertEquals(100, StepBuckets.bucket(108));
        assertEquals(101, StepBuckets.bucket(109));
        assertEquals(101, StepBuckets.bucket(117));
        assertEquals(102, StepBuckets.bucket(118));
        assertEquals(108, StepBuckets.upper(100));
        assertEquals(104, StepBuckets.value(100));   // √(100 · 108) = 103.92
        assertEquals(113, StepBuckets.value(101));   // √(109 · 117) = 112.93
        // every bucket's ends are next to each other: no gap, no overlap
        for (int b = 1; b < StepBuckets.count(); b++) {
            assertEquals(StepBuckets.upper(b - 1) + 1, StepBuckets.lower(b));
            assertEquals(b, StepBuckets.bucket(StepBuckets.lower(b)));
            assertEquals(b - 1, StepBuckets.bucket(StepBuckets.lower(b) - 1));
        }
        assertTrue(StepBuckets.count() < Short.MAX_VALUE, "fits the SMALLINT column: " + StepBuckets.count());
        assertEquals(StepBuckets.count() - 1, StepBuckets.bucket(Long.MAX_VALUE));
    }

    @Test
    void everyDurationIsWithinFivePercentOfItsBucketsValue() {
        double worst = 0;
        for (int b = 0; b < StepBuckets.count() - 1; b++) {   // the last bucket (beyond 10^15 s) is open-ended
            long v = StepBuckets.value(b);
            for (long d : new long[] {StepBuckets.lower(b), StepBuckets.upper(b)}) {   // the farthest are the ends
                worst = Math.max(worst, Math.abs(v - d) / (double) Math.max(1, d));
            }
        }
        assertTrue(worst <= StepBuckets.PRECISION_PERCENT / 100.0, "worst relative distance " + worst);
        assertTrue(worst > 0.04, "buckets no finer than needed: " + worst);
    }

    @Test
    void medianAndP90FromAHandMadeHistogram() {
        // 2 items of 5 s, 1 of 100 … 108 s, 3 of 109 … 117 s: n = 6
        SortedMap<Integer, Long> h = new TreeMap<>();
        h.put(101, 3L);
        h.put(5, 2L);
        h.put(100, 1L);
        StepTime t = StepBuckets.stepTime("EVALUATION", 1, h);
        assertEquals(6, t.count());
        assertEquals(1, t.late());
        // median: ranks 3 (bucket 100: 104) and 4 (bucket 101: 113) -> 108.5; P90: rank ceil(5.4) = 6 -> 113
        assertEquals(108.5, t.medianSeconds());
        assertEquals(113, t.p90Seconds());
        // odd count: 2 × 5 s and 1 × bucket 100 -> median rank 2 = 5 s, P90 rank 3 = 104
        SortedMap<Integer, Long> odd = new TreeMap<>(h);
        odd.remove(101);
        assertEquals(5.0, StepBuckets.stepTime("X", 0, odd).medianSeconds());
        assertEquals(104, StepBuckets.stepTime("X", 0, odd).p90Seconds());
        assertEquals(0, StepBuckets.stepTime("X", 0, new TreeMap<>()).count());
    }

    @Test
    void theHistogramsFiguresStayWithinFivePercentOfTheExactOnes() {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(400);
            List<Long> durations = new ArrayList<>();
            SortedMap<Integer, Long> h = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                long d = (long) Math.exp(random.nextDouble() * 16);   // 1 s … ~100 days, log-uniform
                durations.add(d);
                h.merge(StepBuckets.bucket(d), 1L, Long::sum);
            }
            durations.sort(null);
            StepTime exact = StepTime.of("K", 0, durations);
            StepTime approx = StepBuckets.stepTime("K", 0, h);
            assertEquals(exact.count(), approx.count());
            assertTrue(Math.abs(approx.medianSeconds() - exact.medianSeconds()) <= 0.05 * exact.medianSeconds(),
                    exact.medianSeconds() + " vs " + approx.medianSeconds());
            assertTrue(Math.abs(approx.p90Seconds() - exact.p90Seconds()) <= 0.05 * exact.p90Seconds(),
                    exact.p90Seconds() + " vs " + approx.p90Seconds());
        }
    }
}
