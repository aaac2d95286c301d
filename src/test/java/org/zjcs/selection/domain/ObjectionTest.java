package org.zjcs.selection.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.procurement.domain.SelectionMethod;
import org.zjcs.shared.error.DomainException;

/** The objection's own rules: when it may be raised, its exchange (raised, answered once), the resumed period. */
class ObjectionTest {

    static final Instant T = Instant.parse("2026-12-01T02:00:00Z");
    static final Instant ENDS = T.plus(Duration.ofDays(3));

    static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    @Test
    void aFirmMayObjectOnlyWhileTheResultIsAnnouncedItsPeriodRunsAndItEnrolled() {
        assertDoesNotThrow(() -> Objection.checkRaisable(NoticeStatus.ANNOUNCED, ENDS, true, true, T));
        assertEquals("objection.error.pending",
                refusal(() -> Objection.checkRaisable(NoticeStatus.SUSPENDED, ENDS, true, true, T)));
        assertEquals("objection.error.period",
                refusal(() -> Objection.checkRaisable(NoticeStatus.AWARDED, ENDS, true, true, T)));
        assertEquals("objection.error.period",
                refusal(() -> Objection.checkRaisable(NoticeStatus.ANNOUNCED, ENDS, true, true, ENDS)),
                "the period's end is already too late");
        assertEquals("objection.error.notEnrolled",
                refusal(() -> Objection.checkRaisable(NoticeStatus.ANNOUNCED, ENDS, false, true, T)));
        assertEquals("objection.error.period",
                refusal(() -> Objection.checkRaisable(NoticeStatus.ANNOUNCED, ENDS, true, false, T)),
                "no selected result to object to");
    }

    @Test
    void raisedAndAnsweredAreTheExchangeAndTheAnswerIsGivenOnce() {
        Objection o = new Objection(1, 2, 7, "  below cost  ", 5L, T, "firm-user", T.plusSeconds(60));
        assertEquals("below cost", o.getReason());
        assertEquals(T, o.getRaisedAt());
        assertEquals("firm-user", o.getRaisedBy());
        assertEquals(T, o.getExchange().getSubmittedAt());
        assertFalse(o.getExchange().isAnswered());
        assertNull(o.getAnsweredAt());
        assertEquals("objection.error.tooLong",
                refusal(() -> new Objection(1, 2, 7, "x".repeat(Objection.TEXT_LENGTH + 1), null, T, "f", T)));
        assertEquals("objection.error.answerRequired", refusal(() -> o.answer(true, " ", 7L, T, "owner")));
        assertFalse(o.getExchange().isAnswered(), "a refused answer leaves it open");
        o.answer(true, " the price is below cost ", 7L, T.plusSeconds(30), "owner");
        assertEquals(ObjectionStatus.UPHELD, o.getStatus());
        assertEquals(7L, o.getDisqualifiedFirmId());
        assertEquals("the price is below cost", o.getAnswer());
        assertEquals("owner", o.getAnsweredBy());
        assertEquals(T.plusSeconds(30), o.getAnsweredAt());
        assertEquals(o.getAnswer(), o.getExchange().getAnswerReason());
        assertEquals("objection.error.answered", refusal(() -> o.answer(false, "again", null, T, "owner")));
    }

    @Test
    void aRejectedObjectionResumesThePeriodForTheTimeItHadLeft() {
        Objection o = new Objection(1, 2, 7, "reason", null, T, "f", T.plusSeconds(60));
        Instant later = T.plus(Duration.ofDays(5));
        assertEquals(later.plus(Duration.ofDays(3)), o.resumedPublicityEnd(ENDS, later));
        assertEquals(later, o.resumedPublicityEnd(T.minusSeconds(1), later), "no time left: it ends at once");
    }

    @Test
    void theFirmsOutOfANoticeAreThoseDisqualifiedByUpheldObjectionsAndThoseThatDeclined() {
        Objection upheld = new Objection(1, 2, 7, "r", null, T, "f", T);
        upheld.answer(true, "yes", 9L, T, "owner");
        Objection rejected = new Objection(1, 2, 8, "r", null, T, "f", T);
        rejected.answer(false, "no", 8L, T, "owner");
        Objection open = new Objection(1, 2, 10, "r", null, T, "f", T);
        assertEquals(Set.of(9L), Objection.disqualifiedFirms(List.of(upheld, rejected, open)));

        SelectionResult won = new SelectionResult(1, 1, SelectionMethod.LOWEST_PRICE, true, null, 11L,
                new BigDecimal("1.00"), "00", "{}", "h", T, "system", List.of());
        won.decline("too busy", T);
        SelectionResult current = new SelectionResult(1, 2, SelectionMethod.LOWEST_PRICE, true, null, 12L,
                new BigDecimal("1.00"), "00", "{}", "h", T, "system", List.of());
        assertEquals(Set.of(11L), SelectionResult.declinedFirms(List.of(won, current)));
        assertTrue(SelectionResult.declinedFirms(List.of(current)).isEmpty());
    }
}
