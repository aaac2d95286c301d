package org.zjcs.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.id.FirmId;
import org.zjcs.shared.id.NoticeId;

/** The score, the level and the versioned rule table, without a database. */
class CreditRulesTest {

    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

    static Map<CreditCode, Integer> defaults() {
        Map<CreditCode, Integer> m = new EnumMap<>(CreditCode.class);
        m.put(CreditCode.EVALUATION_VERY_SATISFIED, 2);
        m.put(CreditCode.EVALUATION_SATISFIED, 1);
        m.put(CreditCode.EVALUATION_BASICALLY_SATISFIED, 0);
        m.put(CreditCode.EVALUATION_DISSATISFIED, -3);
        m.put(CreditCode.EVALUATION_VERY_DISSATISFIED, -5);
        m.put(CreditCode.APPROVAL_QUALITY_GOOD, 1);
        m.put(CreditCode.APPROVAL_QUALITY_FAIR, 0);
        m.put(CreditCode.APPROVAL_QUALITY_POOR, -2);
        m.put(CreditCode.CONTRACT_FILED_LATE, -2);
        m.put(CreditCode.DELIVERABLE_LATE, -3);
        m.put(CreditCode.DELIVERABLE_RETURNED_BY_APPROVAL, -2);
        m.put(CreditCode.AWARD_DECLINED, -5);
        m.put(CreditCode.OBJECTION_UPHELD, -5);
        m.put(CreditCode.COMPLAINT_UPHELD, -5);
        m.put(CreditCode.FALSE_MATERIALS, -20);
        m.put(CreditCode.RED_LISTED, 5);
        return m;
    }

    static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void levelsAtTheirThresholds() {
        assertEquals(CreditLevel.A, CreditLevel.of(100, 90, 75, 60));
        assertEquals(CreditLevel.A, CreditLevel.of(90, 90, 75, 60));
        assertEquals(CreditLevel.B, CreditLevel.of(89, 90, 75, 60));
        assertEquals(CreditLevel.B, CreditLevel.of(75, 90, 75, 60));
        assertEquals(CreditLevel.C, CreditLevel.of(74, 90, 75, 60));
        assertEquals(CreditLevel.C, CreditLevel.of(60, 90, 75, 60));
        assertEquals(CreditLevel.D, CreditLevel.of(59, 90, 75, 60));
        assertEquals(CreditLevel.D, CreditLevel.of(-10, 90, 75, 60));
        assertThrows(IllegalArgumentException.class, () -> CreditLevel.of(80, 70, 75, 60));
    }

    @Test
    void theScoreIsTheStartPlusEveryEventsPoints() {
        CreditStanding none = CreditStanding.of(7, 100, 0, 0, 90, 75, 60);
        assertEquals(100, none.getScore());
        assertEquals(CreditLevel.A, none.getLevel());
        // late filing −2, declined award −5, very dissatisfied −5: 88, level B
        CreditStanding s = CreditStanding.of(7, 100, -2 - 5 - 5, 3, 90, 75, 60);
        assertEquals(88, s.getScore());
        assertEquals(CreditLevel.B, s.getLevel());
        assertEquals(3, s.getEvents());
    }

    @Test
    void theFirstVersionAndTheNextOneNumberedInOrder() {
        CreditRuleVersion v1 = CreditRuleVersion.next(null, defaults(), NOW, NOW, "regulator01", "Initial");
        assertEquals(1, v1.getVersionNo());
        assertEquals(-2, v1.pointsOf(CreditCode.CONTRACT_FILED_LATE));
        Map<CreditCode, Integer> harsher = defaults();
        harsher.put(CreditCode.CONTRACT_FILED_LATE, -4);
        CreditRuleVersion v2 = CreditRuleVersion.next(v1, harsher, NOW.plusSeconds(3600), NOW, "regulator01", "Harsher");
        assertEquals(2, v2.getVersionNo());
        assertEquals(-4, v2.pointsOf(CreditCode.CONTRACT_FILED_LATE));
        assertEquals(-2, v1.pointsOf(CreditCode.CONTRACT_FILED_LATE), "the earlier version is unchanged");
        assertThrows(UnsupportedOperationException.class, () -> v2.getPoints().put(CreditCode.RED_LISTED, 50),
                "the table is read-only");
    }

    @Test
    void aNewVersionIsRefusedWhenIncompleteOutOfRangeUnchangedBackdatedOrWithoutANote() {
        CreditRuleVersion v1 = CreditRuleVersion.next(null, defaults(), NOW, NOW, "r", "Initial");
        Map<CreditCode, Integer> missing = defaults();
        missing.remove(CreditCode.RED_LISTED);
        assertEquals("credit.rules.error.missing", key(() -> CreditRuleVersion.next(v1, missing, NOW, NOW, "r", "x")));
        Map<CreditCode, Integer> range = defaults();
        range.put(CreditCode.FALSE_MATERIALS, -101);
        assertEquals("credit.rules.error.range", key(() -> CreditRuleVersion.next(v1, range, NOW, NOW, "r", "x")));
        assertEquals("credit.rules.error.unchanged", key(() -> CreditRuleVersion.next(v1, defaults(), NOW, NOW, "r", "x")));
        Map<CreditCode, Integer> changed = defaults();
        changed.put(CreditCode.RED_LISTED, 3);
        assertEquals("credit.rules.error.backdated",
                key(() -> CreditRuleVersion.next(v1, changed, NOW.minusSeconds(1), NOW, "r", "x")));
        assertEquals("credit.rules.error.noteRequired", key(() -> CreditRuleVersion.next(v1, changed, NOW, NOW, "r", "  ")));
        assertEquals("credit.rules.error.noteLength",
                key(() -> CreditRuleVersion.next(v1, changed, NOW, NOW, "r", "x".repeat(501))));
    }

    @Test
    void aReversalHasTheOppositePointsAndIsNeverAFact() throws Exception {
        CreditRuleVersion v1 = CreditRuleVersion.next(null, defaults(), NOW, NOW, "r", "Initial");
        assertThrows(IllegalStateException.class, () -> new CreditEvent(CreditFact.of(FirmId.of(7), CreditCode.RED_LISTED,
                CreditSource.LIST_ENTRY, 1, null, NOW), v1, NOW, "system"), "only under a stored version");
        java.lang.reflect.Field id = CreditRuleVersion.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(v1, 1L);
        CreditEvent late = new CreditEvent(CreditFact.of(FirmId.of(7), CreditCode.CONTRACT_FILED_LATE, CreditSource.CONTRACT,
                12, NoticeId.of(8001), NOW), v1, NOW, "system");
        assertEquals(-2, late.getPoints());
        CreditEvent r = CreditEvent.reversalOf(late, CreditSource.APPEAL, "3", NOW, "regulator01");
        assertEquals(2, r.getPoints());
        assertEquals(CreditCode.REVERSAL, r.getCode());
        assertThrows(IllegalArgumentException.class, () -> CreditEvent.reversalOf(r, CreditSource.APPEAL, "4", NOW, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new CreditFact(FirmId.of(7), CreditCode.REVERSAL, CreditSource.APPEAL, "1", null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new CreditFact(FirmId.of(7), CreditCode.RED_LISTED, CreditSource.LIST_ENTRY, " ", null, NOW));
    }
}
