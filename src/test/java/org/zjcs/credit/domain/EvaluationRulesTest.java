package org.zjcs.credit.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** Evaluations, ratings and appeals without a database: giving once, the overdue flag, the appeal window, decisions. */
class EvaluationRulesTest {

    static final Instant ACCEPTED = Instant.parse("2026-11-16T03:00:00Z");
    static final Instant DUE = Instant.parse("2026-11-19T03:00:00Z");
    static final long FIRM = 1006;

    static DomainException refused(Runnable r) {
        return assertThrows(DomainException.class, r::run);
    }

    static Evaluation expected() {
        return new Evaluation(8012, "Notice", 7102, 2001, FIRM, ACCEPTED, DUE);
    }

    static Evaluation given(EvaluationLevel level, Instant at) {
        Evaluation e = expected();
        e.evaluate(5, 4, 5, 3, 4, level, "  Good work  ", at, "owner01");
        return e;
    }

    @Test
    void everyLevelAndRatingRecordsItsCreditCode() {
        assertEquals(CreditCode.EVALUATION_VERY_SATISFIED, EvaluationLevel.VERY_SATISFIED.creditCode());
        assertEquals(CreditCode.EVALUATION_VERY_DISSATISFIED, EvaluationLevel.VERY_DISSATISFIED.creditCode());
        for (EvaluationLevel l : EvaluationLevel.values()) {
            assertTrue(l.creditCode().ruled());
        }
        assertEquals(CreditCode.APPROVAL_QUALITY_POOR, QualityRating.POOR.creditCode());
        assertNull(EvaluationLevel.parse(""));
        assertNull(EvaluationLevel.parse("GREAT"));
        assertEquals(EvaluationLevel.SATISFIED, EvaluationLevel.parse("SATISFIED"));
        assertNull(QualityRating.parse(null));
    }

    @Test
    void anEvaluationIsGivenOnceWithEveryAspectAndALevel() {
        Evaluation e = expected();
        assertEquals("evaluation.error.aspectRequired",
                refused(() -> e.evaluate(5, null, 5, 5, 5, EvaluationLevel.SATISFIED, null, ACCEPTED, "o")).messageKey());
        DomainException range = refused(() -> e.evaluate(5, 6, 5, 5, 5, EvaluationLevel.SATISFIED, null, ACCEPTED, "o"));
        assertEquals("evaluation.error.aspectRange", range.messageKey());
        assertArrayEquals(new Object[] {1, 5}, range.args());
        assertEquals("evaluation.error.aspectRange",
                refused(() -> e.evaluate(0, 5, 5, 5, 5, EvaluationLevel.SATISFIED, null, ACCEPTED, "o")).messageKey());
        assertEquals("evaluation.error.levelRequired",
                refused(() -> e.evaluate(5, 5, 5, 5, 5, null, null, ACCEPTED, "o")).messageKey());
        assertEquals("evaluation.error.commentLength",
                refused(() -> e.evaluate(5, 5, 5, 5, 5, EvaluationLevel.SATISFIED, "x".repeat(1001), ACCEPTED, "o")).messageKey());
        assertFalse(e.isEvaluated(), "nothing is kept of a refused evaluation");
        assertNull(e.getQuality());

        e.evaluate(5, 4, 3, 2, 1, EvaluationLevel.BASICALLY_SATISFIED, "  fine  ", ACCEPTED.plusSeconds(60), "owner01");
        assertTrue(e.isEvaluated());
        assertEquals("fine", e.getComment());
        assertEquals(EvaluationLevel.BASICALLY_SATISFIED, e.getLevel());
        assertEquals("evaluation.error.twice",
                refused(() -> e.evaluate(5, 5, 5, 5, 5, EvaluationLevel.SATISFIED, null, ACCEPTED, "o")).messageKey());
    }

    @Test
    void anEvaluationNotGivenByItsDueTimeIsOverdueAndStillTaken() {
        Evaluation e = expected();
        assertFalse(e.isOverdueAt(DUE), "due at the due time itself");
        assertTrue(e.isOverdueAt(DUE.plusSeconds(1)));
        e.evaluate(3, 3, 3, 3, 3, EvaluationLevel.DISSATISFIED, null, DUE.plusSeconds(3600), "owner01");
        assertFalse(e.isOverdueAt(DUE.plusSeconds(7200)), "given late, no longer overdue");
    }

    @Test
    void theFirmAppealsWithinTheWindowOnceWithReasons() {
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        Instant deadline = Instant.parse("2026-11-27T02:00:00Z"); // 5 working days later
        Evaluation e = given(EvaluationLevel.DISSATISFIED, at);
        assertEquals("appeal.error.notEvaluated",
                refused(() -> Appeal.file(expected(), FIRM, false, "why", at, deadline, "f")).messageKey());
        assertEquals("appeal.error.notFirm", refused(() -> Appeal.file(e, 1007, false, "why", at, deadline, "f")).messageKey());
        assertEquals("appeal.error.twice", refused(() -> Appeal.file(e, FIRM, true, "why", at, deadline, "f")).messageKey());
        assertEquals("appeal.error.reasonsRequired",
                refused(() -> Appeal.file(e, FIRM, false, "  ", at, deadline, "f")).messageKey());
        DomainException late = refused(() -> Appeal.file(e, FIRM, false, "why", deadline.plusSeconds(1), deadline, "f"));
        assertEquals("appeal.error.late", late.messageKey());
        assertArrayEquals(new Object[] {"2026-11-27 10:00"}, late.args(), "names the deadline in Beijing time");

        Appeal a = Appeal.file(e, FIRM, false, " The delay was the owner's ", deadline, deadline, "firm06");
        assertEquals(AppealStatus.PENDING, a.getStatus());
        assertEquals("The delay was the owner's", a.getReasons());
        assertEquals(EvaluationLevel.DISSATISFIED, a.getOriginalLevel());
    }

    @Test
    void aRegulatorUpholdsOrRevisesToAnotherLevelWithAReasonOnce() {
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        Evaluation e = given(EvaluationLevel.DISSATISFIED, at);
        Appeal a = Appeal.file(e, FIRM, false, "why", at, at.plusSeconds(86400), "firm06");
        assertEquals("appeal.error.decisionReasonRequired", refused(() -> a.uphold(" ", at, "r")).messageKey());
        assertEquals("appeal.error.levelRequired", refused(() -> a.revise(null, "r", at, "r")).messageKey());
        assertEquals("appeal.error.sameLevel",
                refused(() -> a.revise(EvaluationLevel.DISSATISFIED, "r", at, "r")).messageKey());
        assertEquals("appeal.error.decisionReasonRequired",
                refused(() -> a.revise(EvaluationLevel.SATISFIED, "", at, "r")).messageKey());
        assertTrue(a.isPending());
        a.revise(EvaluationLevel.BASICALLY_SATISFIED, "The owner caused the delay", at, "regulator01");
        assertEquals(AppealStatus.REVISED, a.getStatus());
        assertEquals(EvaluationLevel.BASICALLY_SATISFIED, a.getRevisedLevel());
        assertEquals("appeal.error.decided", refused(() -> a.uphold("again", at, "r")).messageKey());

        e.revise(a.getRevisedLevel());
        assertEquals(EvaluationLevel.BASICALLY_SATISFIED, e.getLevel(), "the revised level counts");
        assertEquals(EvaluationLevel.DISSATISFIED, e.getOverallLevel(), "the given one is kept");
    }

    @Test
    void aRatingIsGivenOnceWithAQuality() {
        ApprovalRating r = new ApprovalRating(8012, "Notice", 7102, 3001, FIRM, ACCEPTED);
        assertEquals("rating.error.ratingRequired", refused(() -> r.rate(null, null, ACCEPTED, "a")).messageKey());
        r.rate(QualityRating.GOOD, " ", ACCEPTED, "approver01");
        assertNull(r.getComment());
        assertEquals("rating.error.twice", refused(() -> r.rate(QualityRating.POOR, null, ACCEPTED, "a")).messageKey());
    }
}
