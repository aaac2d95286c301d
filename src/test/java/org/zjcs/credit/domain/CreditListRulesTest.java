package org.zjcs.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The rules of list entries (dates, state on a day, early end) and of credit repair (who, which entry, when). */
class CreditListRulesTest {

    static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 6, 1);
    static final LocalDate END = LocalDate.of(2027, 5, 31);

    static CreditListEntry entry(ListKind kind) {
        CreditListEntry e = CreditListEntry.create(7, kind, " Forged certificates ", "Rule 12", START, END, NOW, "regulator01");
        setId(e, 41L);
        return e;
    }

    static void setId(Object o, long id) {
        try {
            Field f = o.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(o, id);
        } catch (ReflectiveOperationException x) {
            throw new AssertionError(x);
        }
    }

    static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void anEntryNeedsAReasonALegalBasisAndAnEndNotBeforeItsStart() {
        assertEquals("credit.list.error.reason", refusal(() -> CreditListEntry.create(7, ListKind.BLACK, "  ", "Rule", START, END, NOW, "r")));
        assertEquals("credit.list.error.legalBasis", refusal(() -> CreditListEntry.create(7, ListKind.BLACK, "Why", null, START, END, NOW, "r")));
        assertEquals("credit.list.error.dates", refusal(() -> CreditListEntry.create(7, ListKind.BLACK, "Why", "Rule", null, END, NOW, "r")));
        assertEquals("credit.list.error.endBeforeStart",
                refusal(() -> CreditListEntry.create(7, ListKind.BLACK, "Why", "Rule", START, START.minusDays(1), NOW, "r")));
        assertEquals("credit.list.error.kind", refusal(() -> CreditListEntry.create(7, null, "Why", "Rule", START, END, NOW, "r")));
        assertEquals("credit.error.tooLong",
                refusal(() -> CreditListEntry.create(7, ListKind.RED, "x".repeat(1001), "Rule", START, END, NOW, "r")));
        CreditListEntry oneDay = CreditListEntry.create(7, ListKind.RED, "Why", "Rule", START, START, NOW, "r");
        assertTrue(oneDay.isCurrentOn(START), "start and end on the same day: current that day");
        assertEquals("Forged certificates", entry(ListKind.BLACK).getReason(), "texts are stripped");
    }

    @Test
    void anEntryIsCurrentFromItsStartToItsEndInclusiveAndExpiresByItselfAfter() {
        CreditListEntry e = entry(ListKind.BLACK);
        assertEquals(EntryState.UPCOMING, e.stateOn(START.minusDays(1)));
        assertEquals(EntryState.CURRENT, e.stateOn(START));
        assertEquals(EntryState.CURRENT, e.stateOn(END));
        assertEquals(EntryState.EXPIRED, e.stateOn(END.plusDays(1)));
        assertTrue(e.stateOn(END.plusDays(1)).isOver());
    }

    @Test
    void endingEarlyNeedsAReasonAppliesFromThatDayAndOnlyOnce() {
        CreditListEntry e = entry(ListKind.RED);
        LocalDate day = LocalDate.of(2026, 11, 28);
        assertEquals("credit.list.error.endReason", refusal(() -> e.endEarly(day, NOW, "r", " ")));
        e.endEarly(day, NOW, "regulator01", "Commendation withdrawn");
        assertEquals(EntryState.CURRENT, e.stateOn(day.minusDays(1)), "it was current before");
        assertEquals(EntryState.ENDED, e.stateOn(day));
        assertFalse(e.isCurrentOn(day));
        assertEquals("credit.list.error.over", refusal(() -> e.endEarly(day, NOW, "r", "again")));
        CreditListEntry expired = entry(ListKind.RED);
        assertEquals("credit.list.error.over", refusal(() -> expired.endEarly(END.plusDays(1), NOW, "r", "late")));
    }

    @Test
    void repairIsForTheFirmsOwnCurrentBlackEntryAfterTheMinimumPeriod() {
        CreditListEntry e = entry(ListKind.BLACK);
        LocalDate from = START.plusDays(90);
        assertEquals(from, e.repairableFrom(90));
        DomainException early = assertThrows(DomainException.class, () -> e.checkRepairable(7, from.minusDays(1), 90));
        assertEquals("credit.repair.error.tooEarly", early.messageKey());
        assertEquals(from.toString(), early.args()[0], "the message says from which date it is possible");
        e.checkRepairable(7, from, 90);
        assertEquals("credit.repair.error.notYours", refusal(() -> e.checkRepairable(8, from, 90)));
        assertEquals("credit.repair.error.notBlack", refusal(() -> entry(ListKind.RED).checkRepairable(7, from, 90)));
        assertEquals("credit.repair.error.notCurrent", refusal(() -> e.checkRepairable(7, END.plusDays(1), 90)));
    }

    @Test
    void anApprovedRepairEndsTheEntryAsRepairedARefusalNeedsAReasonAndADecisionIsFinal() {
        CreditListEntry e = entry(ListKind.BLACK);
        assertEquals("credit.repair.error.reason", refusal(() -> CreditRepair.apply(e, "", NOW, "firm")));
        CreditRepair r = CreditRepair.apply(e, "Corrected and trained staff", NOW, "firm");
        setId(r, 5L);
        assertEquals(RepairStatus.PENDING, r.getStatus());
        assertEquals(41L, r.getEntryId());
        LocalDate day = LocalDate.of(2026, 11, 28);
        r.approve(NOW, "regulator01", null);
        e.endByRepair(r.getId(), day, NOW, "regulator01", r.getReason());
        assertEquals(RepairStatus.APPROVED, r.getStatus());
        assertEquals(EntryState.REPAIRED, e.stateOn(day));
        assertEquals(5L, e.getRepairId());
        assertEquals("credit.repair.error.decided", refusal(() -> r.refuse(NOW, "regulator01", "no")));

        CreditRepair other = CreditRepair.apply(entry(ListKind.BLACK), "Corrected", NOW, "firm");
        assertEquals("credit.repair.error.refuseReason", refusal(() -> other.refuse(NOW, "regulator01", " ")));
        assertEquals(RepairStatus.PENDING, other.getStatus(), "a refusal without a reason changes nothing");
        other.refuse(NOW, "regulator01", "Evidence does not show the correction");
        assertEquals(RepairStatus.REFUSED, other.getStatus());
        assertEquals("credit.repair.error.decided", refusal(() -> other.approve(NOW, "regulator01", null)));
    }
}
