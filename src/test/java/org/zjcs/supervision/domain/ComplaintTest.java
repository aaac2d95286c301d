package org.zjcs.supervision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** The rules of complaints and reports that need no server: who may complain, the life cycle, the answer. */
class ComplaintTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Instant ENDS = NOW.plus(Duration.ofDays(3));

    static String key(Runnable r) {
        return assertThrows(DomainException.class, r::run).messageKey();
    }

    static Complaint report() {
        return Complaint.report(ReportTopic.EXTRA_FEES, TargetKind.FIRM, 1008, "firm08", null, null, 1008L, 2001, "owner01",
                "收取了合同以外的加急费", NOW, NOW.plus(Duration.ofDays(14)), List.of(4001L));
    }

    @Test
    void aComplaintNeedsAnEnrolledFirmItsOwnRejectedObjectionNoEarlierComplaintAndTheTimeLimit() {
        assertEquals("complaint.error.notEnrolled", key(() -> Complaint.checkComplainable(false, true, true, false, ENDS, NOW)));
        assertEquals("complaint.error.noObjection", key(() -> Complaint.checkComplainable(true, false, true, false, ENDS, NOW)));
        assertEquals("complaint.error.notRejected", key(() -> Complaint.checkComplainable(true, true, false, false, ENDS, NOW)));
        assertEquals("complaint.error.duplicate", key(() -> Complaint.checkComplainable(true, true, true, true, ENDS, NOW)));
        assertEquals("complaint.error.period",
                key(() -> Complaint.checkComplainable(true, true, true, false, NOW.minusSeconds(1), NOW)));
        Complaint.checkComplainable(true, true, true, false, NOW, NOW); // the last moment of the period still counts
    }

    @Test
    void emptyTextNoTopicOrNoRegulatorIsRefused() {
        assertEquals("report.error.textRequired", key(() -> Complaint.report(ReportTopic.OTHER, TargetKind.OWNER, 2001, "owner", null,
                null, null, 1001, "firm01", "  ", NOW, NOW, List.of(4001L))));
        assertEquals("complaint.error.textRequired", key(() -> Complaint.complaint(8013, "notice", 1, "ZJ004", 1008L, 1006, "firm06",
                "", NOW, NOW, List.of(4001L))));
        assertEquals("report.error.topic", key(() -> Complaint.report(ReportTopic.OBJECTION_REJECTED, TargetKind.OWNER, 2001, "owner",
                null, null, null, 1001, "firm01", "text", NOW, NOW, List.of(4001L))));
        assertEquals("complaint.error.noRegulator", key(() -> Complaint.report(ReportTopic.OTHER, TargetKind.OWNER, 2001, "owner",
                null, null, null, 1001, "firm01", "text", NOW, NOW, List.of())));
        assertEquals("complaint.error.tooLong", key(() -> Complaint.report(ReportTopic.OTHER, TargetKind.OWNER, 2001, "owner",
                null, null, null, 1001, "firm01", "字".repeat(Complaint.TEXT_LENGTH + 1), NOW, NOW, List.of(4001L))));
        assertEquals("report.error.topic", key(() -> ReportTopic.ofReport("OBJECTION_REJECTED")));
        assertEquals("report.error.targetRequired", key(() -> TargetKind.parse("PERSON")));
    }

    @Test
    void submittedThenUnderReviewThenAnsweredAndNothingElse() {
        Complaint c = report();
        assertEquals(ComplaintStatus.SUBMITTED, c.getStatus());
        assertEquals("complaint.error.notUnderReview",
                key(() -> c.answer(Finding.UPHELD, "属实", Consequence.NONE, NOW, "regulator01")));
        c.review(NOW, "regulator01");
        assertEquals(ComplaintStatus.UNDER_REVIEW, c.getStatus());
        assertEquals("complaint.error.notSubmitted", key(() -> c.review(NOW, "regulator01")));
        assertEquals("complaint.error.answerRequired", key(() -> c.answer(Finding.UPHELD, " ", Consequence.NONE, NOW, "r")));
        assertEquals("complaint.error.findingRequired", key(() -> c.answer(null, "属实", Consequence.NONE, NOW, "r")));
        assertEquals(ComplaintStatus.UNDER_REVIEW, c.getStatus(), "a refused answer changes nothing");
        c.answer(Finding.PARTLY_UPHELD, "部分属实", Consequence.CREDIT_EVENT, NOW, "regulator01");
        assertEquals(ComplaintStatus.ANSWERED, c.getStatus());
        assertEquals(Consequence.CREDIT_EVENT, c.getConsequence());
        assertEquals("complaint.error.closed", key(() -> c.withdraw(NOW)));
        assertEquals("complaint.error.closed", key(() -> c.answer(Finding.UPHELD, "again", Consequence.NONE, NOW, "r")));
        assertEquals("complaint.error.notSubmitted", key(() -> c.review(NOW, "r")));
    }

    @Test
    void withdrawnBeforeTheAnswerOnly() {
        Complaint open = report();
        open.withdraw(NOW);
        assertEquals(ComplaintStatus.WITHDRAWN, open.getStatus());
        assertEquals("complaint.error.notSubmitted", key(() -> open.review(NOW, "r")));
        Complaint reviewed = report();
        reviewed.review(NOW, "r");
        reviewed.withdraw(NOW);
        assertEquals(ComplaintStatus.WITHDRAWN, reviewed.getStatus());
        assertEquals("complaint.error.closed", key(() -> reviewed.withdraw(NOW)));
    }

    @Test
    void aConsequenceOnlyForAFindingAgainstAnAccusedFirm() {
        Complaint c = report();
        c.review(NOW, "r");
        assertEquals("complaint.error.consequenceNotAllowed",
                key(() -> c.answer(Finding.NOT_UPHELD, "不属实", Consequence.CREDIT_EVENT, NOW, "r")));
        Complaint againstOwner = Complaint.report(ReportTopic.FORCED_DESIGNATION, TargetKind.OWNER, 2001, "owner", null, null, null,
                1001, "firm01", "指定中介", NOW, NOW, List.of(4001L));
        againstOwner.review(NOW, "r");
        assertEquals("complaint.error.consequenceNotAllowed",
                key(() -> againstOwner.answer(Finding.UPHELD, "属实", Consequence.BLACK_LIST, NOW, "r")));
        assertEquals("complaint.error.consequence", key(() -> Consequence.parse("FINE")));
        assertEquals(Consequence.NONE, Consequence.parse(""));
    }

    @Test
    void overdueWhileOpenPastItsDueTime() {
        Complaint c = report();
        assertFalse(c.isOverdueAt(NOW.plus(Duration.ofDays(14))));
        assertTrue(c.isOverdueAt(NOW.plus(Duration.ofDays(15))));
        c.withdraw(NOW);
        assertFalse(c.isOverdueAt(NOW.plus(Duration.ofDays(15))), "closed items are never overdue");
        assertTrue(c.routedTo(4001));
        assertFalse(c.routedTo(4002));
    }
}
