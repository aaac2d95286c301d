package org.zjcs.selection.domain.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.crypto.Sha256;

/** The draw algorithm on the fixed vectors of docs/draw.md (computed independently with Python's hashlib). */
class DrawStreamTest {

    @Test
    void receiptsAreSortedAndDigested() {
        DrawStream s = DrawVectors.stream();
        assertEquals(List.of(DrawVectors.RECEIPT_E, DrawVectors.RECEIPT_A, DrawVectors.RECEIPT_C, DrawVectors.RECEIPT_B,
                DrawVectors.RECEIPT_D), s.sortedReceipts());
        assertEquals("02f3f60f7eda484886a71023ab1f55a92df8c6c438d29339f02727541afbc4d1", DrawVectors.RECEIPT_E);
        assertEquals("8fa747ab49d49ad253f0b284e1b69f7bba71798a54718f53f4f81cdc9eca9605", s.entriesDigestHex());
        assertEquals(Sha256.hex(String.join("\n", s.sortedReceipts())), s.entriesDigestHex());
    }

    @Test
    void commitmentIsSha256OfTheSeed() {
        assertEquals("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd",
                DrawStream.commitment(DrawVectors.seed()));
    }

    @Test
    void fixedVectors() {
        DrawStream s = DrawVectors.stream();
        assertEquals("zjcs-draw-v1|1001|winner|0", s.label("winner", 0));

        DrawStep w = s.draw("winner", 5);
        assertEquals("492ea498f82cbbc724e9744eb987d4e455072a1d1e845aeb450a990ddd676b59", w.blockHex());
        assertEquals("5273333190603094983", w.u());
        assertEquals(List.of(0L), w.counters());
        assertEquals(3, w.index());

        DrawStep c = s.draw("coefficient", 4);
        assertEquals("094129a4748ade27f6634422ac3e7fd5ac04ed9b030f7deccbadae0f533c38f8", c.blockHex());
        assertEquals(3, c.index());

        DrawStep t = s.draw("tiebreak-1", 2);
        assertEquals("ec4a05e7e0344a370bb262e9de094309ea578550532904682f935f9e59e99506", t.blockHex());
        assertEquals("17026427834684688951", t.u());
        assertEquals(1, t.index());

        // Each purpose keeps its own counter: the next "winner" draw uses counter 1.
        assertEquals(1, s.nextCounter("winner"));
        assertEquals(List.of(1L), s.draw("winner", 5).counters());
        assertEquals(4, s.steps().size());
    }

    @Test
    void receiptOrderDoesNotMatter() {
        List<String> reversed = new ArrayList<>(DrawVectors.receipts());
        java.util.Collections.reverse(reversed);
        DrawStream a = DrawVectors.stream();
        DrawStream b = new DrawStream(DrawVectors.seed(), DrawVectors.NOTICE_ID, reversed);
        assertArrayEquals(a.block("winner", 7), b.block("winner", 7));
    }

    @Test
    void rejectionSamplingIsExercised() {
        // n = 2^62 + 1: limit = 3n = 2^64 - 2^62 + 3, so about a quarter of all blocks are rejected.
        long n = (1L << 62) + 1;
        BigInteger limit = DrawStream.limit(n);
        assertEquals(BigInteger.valueOf(n).multiply(BigInteger.valueOf(3)), limit);
        DrawStream s = DrawVectors.stream();
        // Found with the Python reference: purpose reject-2 rejects counter 0 and accepts counter 1.
        BigInteger u0 = new BigInteger(1, java.util.Arrays.copyOf(s.block("reject-2", 0), 8));
        assertEquals(new BigInteger("15091432285174059158"), u0);
        assertTrue(u0.compareTo(limit) >= 0, "counter 0 must be rejected");

        DrawStep step = s.drawLong("reject-2", n);
        assertEquals(List.of(0L, 1L), step.counters());
        assertEquals(List.of(0L), step.rejectedCounters());
        assertEquals(1L, step.acceptedCounter());
        assertEquals("9033fb0d2271e9d44baa7cafd595c254c0259471ab3add5b913576abcd68327a", step.blockHex());
        assertEquals(1167552762250127826L, step.index());
        assertEquals(new BigInteger("10390924799104903636").mod(BigInteger.valueOf(n)).longValueExact(), step.index());
        assertEquals(2, s.nextCounter("reject-2"));

        // Over many purposes, every draw agrees with a BigInteger reference and some are rejected.
        int rejectedDraws = 0;
        for (int k = 0; k < 400; k++) {
            String p = "r" + k;
            DrawStep d = s.drawLong(p, n);
            for (long c : d.rejectedCounters()) {
                assertTrue(new BigInteger(1, java.util.Arrays.copyOf(s.block(p, c), 8)).compareTo(limit) >= 0);
            }
            BigInteger u = new BigInteger(1, java.util.Arrays.copyOf(s.block(p, d.acceptedCounter()), 8));
            assertTrue(u.compareTo(limit) < 0);
            assertEquals(u.mod(BigInteger.valueOf(n)).longValueExact(), d.index());
            assertEquals(u.toString(), d.u());
            if (!d.rejectedCounters().isEmpty()) {
                rejectedDraws++;
            }
        }
        assertTrue(rejectedDraws > 50, "about a quarter of 400 draws should reject at least once: " + rejectedDraws);
    }

    @Test
    void powersOfTwoAndOneNeverReject() {
        assertEquals(BigInteger.ONE.shiftLeft(64), DrawStream.limit(1));
        assertEquals(BigInteger.ONE.shiftLeft(64), DrawStream.limit(1L << 40));
        DrawStream s = DrawVectors.stream();
        for (int i = 0; i < 100; i++) {
            assertEquals(0, s.index("one", 1));
        }
    }

    /**
     * Chi-square goodness of fit over 60,000 draws with n = 6 (expected 10,000 each, 5 degrees of freedom). The
     * critical value at significance 0.001 is 20.515. The inputs are fixed, so the statistic is a fixed number and the
     * test cannot flake; it would only fail if the algorithm changed and became visibly biased.
     */
    @Test
    void chiSquareUniformityOnOneStream() {
        DrawStream s = DrawVectors.stream();
        long[] counts = new long[6];
        for (int i = 0; i < 60_000; i++) {
            counts[s.index("uniformity", 6)]++;
        }
        double chi = chiSquare(counts, 60_000);
        assertTrue(chi < 20.515, "chi-square " + chi);
    }

    /** The same over notice ids 1 .. 60,000, first "winner" draw each, n = 6; critical value 20.515 (p = 0.001). */
    @Test
    void chiSquareUniformityAcrossNotices() {
        long[] counts = new long[6];
        for (long notice = 1; notice <= 60_000; notice++) {
            counts[new DrawStream(DrawVectors.seed(), notice, DrawVectors.receipts()).index("winner", 6)]++;
        }
        double chi = chiSquare(counts, 60_000);
        assertTrue(chi < 20.515, "chi-square " + chi);
    }

    private static double chiSquare(long[] counts, int total) {
        double expected = (double) total / counts.length;
        double chi = 0;
        for (long c : counts) {
            chi += (c - expected) * (c - expected) / expected;
        }
        return chi;
    }

    @Test
    void aChangedSeedChangesTheSequence() {
        Set<List<Integer>> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            byte[] seed = DrawVectors.seed();
            seed[i / 8] ^= (byte) (1 << (i % 8)); // 200 distinct one-bit changes
            List<Integer> seq = sequence(new DrawStream(seed, DrawVectors.NOTICE_ID, DrawVectors.receipts()));
            assertNotEquals(sequence(DrawVectors.stream()), seq);
            seen.add(seq);
        }
        assertEquals(200, seen.size(), "all 200 changed seeds give different sequences");
    }

    @Test
    void aChangedOrAddedReceiptChangesTheSequence() {
        List<Integer> base = sequence(DrawVectors.stream());
        Set<List<Integer>> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            List<String> changed = new ArrayList<>(DrawVectors.receipts());
            changed.set(i % 5, Sha256.hex("other-" + i));
            List<Integer> a = sequence(new DrawStream(DrawVectors.seed(), DrawVectors.NOTICE_ID, changed));
            List<String> added = new ArrayList<>(DrawVectors.receipts());
            added.add(Sha256.hex("added-" + i));
            List<Integer> b = sequence(new DrawStream(DrawVectors.seed(), DrawVectors.NOTICE_ID, added));
            assertNotEquals(base, a);
            assertNotEquals(base, b);
            seen.add(a);
            seen.add(b);
        }
        assertEquals(400, seen.size());
    }

    @Test
    void aChangedNoticeIdChangesTheSequence() {
        assertNotEquals(sequence(DrawVectors.stream()),
                sequence(new DrawStream(DrawVectors.seed(), 1002, DrawVectors.receipts())));
    }

    /** 20 draws with n = 10: two equal sequences by chance have probability 10^-20. */
    private static List<Integer> sequence(DrawStream s) {
        List<Integer> seq = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            seq.add(s.index("winner", 10));
        }
        return seq;
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DrawStream(new byte[31], 1, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new DrawStream(DrawVectors.seed(), 1, List.of(DrawVectors.RECEIPT_A.toUpperCase())));
        assertThrows(IllegalArgumentException.class,
                () -> new DrawStream(DrawVectors.seed(), 1, List.of(DrawVectors.RECEIPT_A, DrawVectors.RECEIPT_A)));
        DrawStream s = DrawVectors.stream();
        assertThrows(IllegalArgumentException.class, () -> s.index("Winner", 3));
        assertThrows(IllegalArgumentException.class, () -> s.index("a|b", 3));
        assertThrows(IllegalArgumentException.class, () -> s.index("winner", 0));
        assertEquals(32, DrawStream.newSeed().length);
    }
}
