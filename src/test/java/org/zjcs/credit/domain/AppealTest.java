package org.zjcs.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.error.DomainException;

/**
 * An appeal's history without a server: filed and decided as one {@link org.zjcs.shared.history.Exchange}, the window
 * in which it may be filed, and who may read the evaluation it concerns.
 */
class AppealTest {

    static final Instant GIVEN = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-11-27T02:00:00Z");
    static final long OWNER = 2001;
    static final long FIRM = 1006;

    static Evaluation expected() {
        return new Evaluation(8012, "Notice", 7102, OWNER, FIRM, GIVEN.minusSeconds(86400), GIVEN.plusSeconds(86400));
    }

    static Evaluation given() {
        Evaluation e = expected();
        e.evaluate(2, 2, 3, 3, 2, EvaluationLevel.DISSATISFIED, null, GIVEN, "owner01");
        return e;
    }

    @Test
    void filingIsTheSubmittedPartAndTheDecisionItsAnswer() {
        Appeal a = Appeal.file(given(), FIRM, false, "The delay was the owner's", GIVEN, DEADLINE, "firm06");
        assertEquals("firm06", a.getExchange().getSubmittedBy());
        assertEquals(GIVEN, a.getFiledAt());
        assertEquals("firm06", a.getFiledBy());
        assertFalse(a.getExchange().isAnswered());
        assertNull(a.getDecidedAt());
        assertNull(a.getDecisionReason());

        Instant decided = GIVEN.plusSeconds(3600);
        a.uphold("  The evaluation stands  ", decided, "regulator01");
        assertEquals(AppealStatus.UPHELD, a.getStatus());
        assertTrue(a.getExchange().isAnswered());
        assertEquals(decided, a.getDecidedAt());
        assertEquals("regulator01", a.getDecidedBy());
        assertEquals("The evaluation stands", a.getDecisionReason());
        assertNull(a.getRevisedLevel());
    }

    @Test
    void aRefusedDecisionLeavesTheAppealUnansweredAndASecondIsRefused() {
        Appeal a = Appeal.file(given(), FIRM, false, "why", GIVEN, DEADLINE, "firm06");
        assertThrows(DomainException.class, () -> a.revise(EvaluationLevel.SATISFIED, " ", GIVEN, "regulator01"));
        assertFalse(a.getExchange().isAnswered(), "a refused decision records nothing");
        assertTrue(a.isPending());
        a.revise(EvaluationLevel.SATISFIED, "The owner caused the delay", GIVEN, "regulator01");
        DomainException twice = assertThrows(DomainException.class, () -> a.uphold("again", GIVEN, "regulator02"));
        assertEquals("appeal.error.decided", twice.messageKey());
        assertEquals("regulator01", a.getDecidedBy(), "the first answer stands");
    }

    @Test
    void anEvaluationMayBeAppealedOnlyOnceGivenUnappealedAndUpToItsDeadline() {
        Evaluation e = given();
        assertTrue(Appeal.openFor(e, false, GIVEN, DEADLINE));
        assertTrue(Appeal.openFor(e, false, DEADLINE, DEADLINE), "the deadline itself still counts");
        assertFalse(Appeal.openFor(e, false, DEADLINE.plusSeconds(1), DEADLINE));
        assertFalse(Appeal.openFor(e, true, GIVEN, DEADLINE), "appealed already");
        assertFalse(Appeal.openFor(expected(), false, GIVEN, null), "not given yet");
    }

    @Test
    void anEvaluationIsReadByItsOwnerUnitItsFirmAndRegulators() {
        Evaluation e = given();
        assertTrue(e.readableBy(OWNER, Set.of(Role.OWNER)::contains));
        assertTrue(e.readableBy(FIRM, Set.of(Role.FIRM)::contains));
        assertTrue(e.readableBy(42, Set.of(Role.REGULATOR)::contains));
        assertFalse(e.readableBy(OWNER + 1, Set.of(Role.OWNER)::contains), "another owner unit");
        assertFalse(e.readableBy(FIRM + 1, Set.of(Role.FIRM)::contains), "another firm");
        assertFalse(e.readableBy(FIRM, Set.of(Role.OWNER)::contains), "the firm's id under another role");
        assertFalse(e.readableBy(OWNER, Set.of(Role.APPROVER)::contains), "approval staff read ratings, not evaluations");
    }
}
