package org.zjcs.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** Reading a regulator's new rule table: code names and the effective time, refused clearly when unreadable. */
class RuleTableInputTest {

    @Test
    void codeNamesBecomeCodes() {
        Map<CreditCode, Integer> p = RuleTableInput.points(Map.of("AWARD_DECLINED", -6, " CONTRACT_FILED_LATE ", -3));
        assertEquals(Map.of(CreditCode.AWARD_DECLINED, -6, CreditCode.CONTRACT_FILED_LATE, -3), p);
        assertEquals(Map.of(), RuleTableInput.points(null));
    }

    @Test
    void unknownCodesAndTheReversalAreRefused() {
        assertEquals("credit.rules.error.unknownCode",
                assertThrows(DomainException.class, () -> RuleTableInput.points(Map.of("NO_SUCH", 1))).messageKey());
        assertEquals("credit.rules.error.unknownCode",
                assertThrows(DomainException.class, () -> RuleTableInput.points(Map.of("REVERSAL", 1))).messageKey());
        Map<String, Integer> missing = new HashMap<>();
        missing.put("RED_LISTED", null);
        DomainException e = assertThrows(DomainException.class, () -> RuleTableInput.points(missing));
        assertEquals("credit.rules.error.missing", e.messageKey());
        assertEquals("RED_LISTED", e.args()[0]);
    }

    @Test
    void theEffectiveTimeIsAnInstantOrEmptyForAtOnce() {
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), RuleTableInput.effectiveFrom(" 2027-01-01T00:00:00Z "));
        assertNull(RuleTableInput.effectiveFrom(null));
        assertNull(RuleTableInput.effectiveFrom("  "));
        assertEquals("credit.rules.error.time",
                assertThrows(DomainException.class, () -> RuleTableInput.effectiveFrom("2027-01-01")).messageKey());
    }
}
