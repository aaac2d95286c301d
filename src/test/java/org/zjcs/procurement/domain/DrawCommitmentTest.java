package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What a notice commits to for its draw: a seed's hash and sealed seed, and from version 2 on a witness's too. */
class DrawCommitmentTest {

    private static final String HEX = "ab".repeat(32);

    @Test
    void theVersionFollowsTheWitness() {
        assertEquals(1, DrawCommitment.of(HEX, "sealed").version());
        DrawCommitment v2 = DrawCommitment.of(HEX, "sealed", "cd".repeat(32), "ef".repeat(32));
        assertEquals(2, v2.version());
        assertEquals("ef".repeat(32), v2.getWitnessCommitment());
    }

    @Test
    void malformedCommitmentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DrawCommitment.of("abc", "sealed"));
        assertThrows(IllegalArgumentException.class, () -> DrawCommitment.of(HEX, " "));
        assertThrows(IllegalArgumentException.class, () -> DrawCommitment.of(HEX, "sealed", HEX, null));
        assertThrows(IllegalArgumentException.class, () -> DrawCommitment.of(HEX, "sealed", "xy".repeat(32), HEX));
    }

    @Test
    void theSeedsSealingContextNamesTheNotice() {
        assertEquals("notice|42|draw-seed", DrawCommitment.seedContext(42));
    }
}
