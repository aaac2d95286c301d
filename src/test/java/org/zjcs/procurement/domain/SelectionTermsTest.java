package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.ValidationException;

/** How a notice selects its firm: each method keeps what it uses, fills its defaults and names each refused field. */
class SelectionTermsTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("100000.00");

    private static SelectionTerms checked(SelectionTerms entered, ValidationException.Problems p) {
        return entered.check(THRESHOLD, p);
    }

    @Test
    void aRandomDrawKeepsItsFixedPriceAndClearsWhatItDoesNotUse() {
        ValidationException.Problems p = new ValidationException.Problems();
        SelectionTerms s = checked(SelectionTerms.entered(SelectionMethod.RANDOM_DRAW, new BigDecimal("86000"),
                BigDecimal.ONE, BigDecimal.TEN, null, 50, 50, 0, "90", "why"), p);
        assertTrue(p.isEmpty());
        assertEquals(new BigDecimal("86000.00"), s.getFixedPrice());
        assertNull(s.getPriceFloor());
        assertNull(s.getWeightPrice());
        assertNull(s.getCoefficients());
        assertNull(s.getDirectPickReason());
        assertEquals(SelectionTerms.DEFAULT_MIN_BIDDERS, s.getMinBidders());
        assertEquals(new BigDecimal("86000.00"), s.getBudget());
    }

    @Test
    void aPricedMethodsBudgetIsItsCeilingAndAReasonablePriceGetsDefaultCoefficients() {
        ValidationException.Problems p = new ValidationException.Problems();
        SelectionTerms s = checked(SelectionTerms.entered(SelectionMethod.REASONABLE_PRICE, null, new BigDecimal("1000"),
                new BigDecimal("2000"), 5, null, null, null, " ", null), p);
        assertTrue(p.isEmpty());
        assertEquals(new BigDecimal("2000.00"), s.getBudget());
        assertEquals(SelectionTerms.DEFAULT_COEFFICIENTS, s.getCoefficients());
        assertEquals(5, s.getMinBidders());
    }

    @Test
    void aDirectPickNeedsOneBidderAReasonAndAPriceBelowTheThreshold() {
        ValidationException.Problems p = new ValidationException.Problems();
        SelectionTerms s = checked(SelectionTerms.entered(SelectionMethod.DIRECT_PICK, new BigDecimal("99999.99"), null,
                null, 7, null, null, null, null, " Only firm nearby "), p);
        assertTrue(p.isEmpty());
        assertEquals(1, s.getMinBidders());
        assertEquals("Only firm nearby", s.getDirectPickReason());

        ValidationException.Problems refused = new ValidationException.Problems();
        checked(SelectionTerms.entered(SelectionMethod.DIRECT_PICK, new BigDecimal("100000"), null, null, null, null, null,
                null, null, null), refused);
        assertTrue(refused.has("fixedPrice"));
        assertTrue(refused.has("directPickReason"));
    }

    @Test
    void noMethodIsRefusedAndTooManyBiddersToo() {
        ValidationException.Problems p = new ValidationException.Problems();
        assertNull(checked(SelectionTerms.entered(null, null, null, null, null, null, null, null, null, null), p));
        assertTrue(p.has("method"));
        ValidationException.Problems q = new ValidationException.Problems();
        checked(SelectionTerms.entered(SelectionMethod.RANDOM_DRAW, BigDecimal.ONE, null, null, 51, null, null, null, null,
                null), q);
        assertTrue(q.has("minBidders"));
    }
}
