package org.zjcs.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileRef;

/** The rules across a notice's deliverable versions, without a server. */
class DeliverableHistoryTest {

    private static final long NOTICE = 7;
    private static final long WINNER = 20;
    private static final long OTHER_FIRM = 21;
    private static final long DEPT_A = 3001;
    private static final long DEPT_B = 3002;
    private static final Instant T = Instant.parse("2026-12-01T02:00:00Z");
    private static final List<FileRef> FILES = List.of(new FileRef(11, "a".repeat(64), "a.pdf"));

    private long nextId = 100;

    private static String refused(Executable e) {
        return assertThrows(DomainException.class, e).messageKey();
    }

    /** A version uploaded by the winner, with the id the repository would give it. */
    private Deliverable submit(DeliverableHistory h, NoticeStatus s, Instant at, Instant due) {
        Deliverable d = h.submit(WINNER, WINNER, s, "report", FILES, at, "firm01", due);
        try {
            Field f = Deliverable.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(d, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return d;
    }

    private static DeliverableHistory empty() {
        return new DeliverableHistory(NOTICE, List.of());
    }

    @Test
    void theFirstVersionStartsTheServiceAndIsLateOnlyAfterItsDueTime() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, T.minusSeconds(1));
        assertEquals(1, v1.getRevision());
        assertTrue(v1.isLate());
        assertEquals(DeliverableStatus.SUBMITTED, v1.getStatus());
        assertEquals("firm01", v1.getSubmittedBy());
        assertTrue(DeliverableHistory.startsService(NoticeStatus.CONTRACTED));
        assertFalse(DeliverableHistory.startsService(NoticeStatus.IN_SERVICE));
        assertEquals(List.of(v1), h.versions());
    }

    @Test
    void onlyTheWinningFirmUploadsAndAnotherFirmFindsTheNoticeAbsent() {
        DeliverableHistory h = empty();
        assertEquals("notice.error.notFound", refused(() -> h.submit(OTHER_FIRM, WINNER, NoticeStatus.CONTRACTED, "x",
                FILES, T, "firm02", null)));
        assertTrue(h.isEmpty());
    }

    @Test
    void aNewVersionOnlyAfterAReturn() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        assertEquals("deliverable.error.pending", refused(() -> submit(h, NoticeStatus.IN_SERVICE, T, null)));
        h.accept(v1.getId(), T.plusSeconds(1), "owner01");
        assertEquals("deliverable.error.accepted", refused(() -> submit(h, NoticeStatus.DELIVERED, T, null)));
        h.returnCheck(v1.getId(), DEPT_A, "photos missing", T.plusSeconds(2), "approver01");
        Deliverable v2 = submit(h, NoticeStatus.DELIVERED, T.plusSeconds(3), T.minusSeconds(1));
        assertEquals(2, v2.getRevision());
        assertFalse(v2.isLate(), "later versions are never late");
    }

    @Test
    void aVersionReturnedByTheOwnerIsFollowedByANewOneWhileInService() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        h.returnByOwner(v1.getId(), "incomplete", T.plusSeconds(1), "owner01");
        assertEquals("incomplete", v1.getReturnReason());
        assertEquals("owner01", v1.getAnsweredBy());
        assertEquals(2, submit(h, NoticeStatus.IN_SERVICE, T.plusSeconds(2), null).getRevision());
    }

    @Test
    void noUploadOutsideTheService() {
        DeliverableHistory h = empty();
        for (NoticeStatus s : List.of(NoticeStatus.PUBLISHED, NoticeStatus.DELIVERED, NoticeStatus.COMPLETED)) {
            assertEquals("deliverable.error.notContracted", refused(() -> submit(h, s, T, null)), s.name());
        }
    }

    @Test
    void aDeliveredNoticeTakesANewVersionOnlyAfterADepartmentReturnedTheLatest() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        h.returnByOwner(v1.getId(), "incomplete", T.plusSeconds(1), "owner01");
        assertEquals("deliverable.error.notContracted", refused(() -> submit(h, NoticeStatus.DELIVERED, T, null)));
    }

    @Test
    void aVersionNeedsANote() {
        DeliverableHistory h = empty();
        assertEquals("deliverable.error.noteRequired", refused(() -> h.checkSubmission(WINNER, WINNER,
                NoticeStatus.CONTRACTED, " ")));
        assertEquals("deliverable.error.noteTooLong", refused(() -> h.checkSubmission(WINNER, WINNER,
                NoticeStatus.CONTRACTED, "x".repeat(Deliverable.NOTE_LENGTH + 1))));
    }

    @Test
    void theOwnerAnswersOnlyTheLatestVersionAwaitingItsAnswer() {
        DeliverableHistory h = empty();
        assertEquals("deliverable.error.notFound", refused(() -> h.accept(1, T, "owner01")));
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        h.returnByOwner(v1.getId(), "incomplete", T.plusSeconds(1), "owner01");
        Deliverable v2 = submit(h, NoticeStatus.IN_SERVICE, T.plusSeconds(2), null);
        assertEquals("deliverable.error.notLatest", refused(() -> h.accept(v1.getId(), T, "owner01")));
        assertEquals("deliverable.error.reasonRequired", refused(() -> h.returnByOwner(v2.getId(), " ", T, "owner01")));
        h.accept(v2.getId(), T.plusSeconds(3), "owner01");
        assertEquals(DeliverableStatus.ACCEPTED, v2.getStatus());
        assertEquals("deliverable.error.notSubmitted", refused(() -> h.accept(v2.getId(), T, "owner01")));
        assertTrue(DeliverableHistory.delivers(NoticeStatus.IN_SERVICE));
        assertFalse(DeliverableHistory.delivers(NoticeStatus.DELIVERED));
    }

    @Test
    void departmentsCheckOnlyAfterTheAcceptanceEachOnceAndTheLastPassCompletes() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        Set<Long> both = Set.of(DEPT_A, DEPT_B);
        assertEquals("deliverable.error.notAccepted", refused(() -> h.passCheck(v1.getId(), DEPT_A, both, T, "a")));
        h.accept(v1.getId(), T, "owner01");
        assertTrue(h.awaitsCheckBy(DEPT_A));
        assertFalse(h.passCheck(v1.getId(), DEPT_A, both, T.plusSeconds(1), "a"));
        assertFalse(h.awaitsCheckBy(DEPT_A));
        assertEquals("deliverable.error.alreadyChecked", refused(() -> h.passCheck(v1.getId(), DEPT_A, both, T, "a")));
        assertTrue(h.awaitsCheckBy(DEPT_B));
        assertTrue(h.passCheck(v1.getId(), DEPT_B, both, T.plusSeconds(2), "b"));
        assertEquals(DeliverableStatus.PASSED, v1.getStatus());
        assertEquals("deliverable.error.checked", refused(() -> h.returnCheck(v1.getId(), DEPT_A, "late", T, "a")));
        assertEquals("deliverable.error.passed", refused(() -> submit(h, NoticeStatus.COMPLETED, T, null)));
    }

    @Test
    void aDepartmentReturnNeedsReasonsAndEndsTheChecks() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        h.accept(v1.getId(), T, "owner01");
        assertEquals("deliverable.error.reasonRequired", refused(() -> h.returnCheck(v1.getId(), DEPT_A, "", T, "a")));
        h.returnCheck(v1.getId(), DEPT_A, "figures wrong", T.plusSeconds(1), "a");
        assertEquals(DeliverableStatus.RETURNED_BY_APPROVER, v1.getStatus());
        assertFalse(h.awaitsCheckBy(DEPT_B));
        assertEquals("deliverable.error.checked", refused(() -> h.passCheck(v1.getId(), DEPT_B, Set.of(DEPT_A, DEPT_B), T,
                "b")));
    }

    @Test
    void overdueWhenTheFirstVersionCameLateOrNoneCameBeforeTheDueTime() {
        DeliverableHistory h = empty();
        assertFalse(h.overdue(null, T));
        assertFalse(h.overdue(T, T));
        assertTrue(h.overdue(T, T.plusSeconds(1)));
        submit(h, NoticeStatus.CONTRACTED, T, T.plusSeconds(10));
        assertFalse(h.overdue(T.plusSeconds(10), T.plusSeconds(3600)), "uploaded in time");
        DeliverableHistory late = empty();
        submit(late, NoticeStatus.CONTRACTED, T, T.minusSeconds(10));
        assertTrue(late.overdue(T.minusSeconds(10), T));
    }

    @Test
    void theChecksOpenAtTheOwnersAcceptanceOfTheLatestVersionAndKeepThatMomentAfterAReturn() {
        DeliverableHistory h = empty();
        assertTrue(h.checksOpenedAt().isEmpty(), "nothing uploaded: nothing to check");
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        assertTrue(h.checksOpenedAt().isEmpty(), "a version awaiting the owner is not the departments' yet");
        Instant accepted = T.plusSeconds(3600);
        h.accept(v1.getId(), accepted, "owner01");
        assertEquals(accepted, h.checksOpenedAt().orElseThrow());
        h.returnCheck(v1.getId(), DEPT_A, "photos missing", accepted.plusSeconds(60), "approver01");
        assertEquals(accepted, h.checksOpenedAt().orElseThrow(), "a department's return keeps the version's moment");
        Deliverable v2 = submit(h, NoticeStatus.DELIVERED, accepted.plusSeconds(120), null);
        assertTrue(h.checksOpenedAt().isEmpty(), "the new version awaits the owner again");
        Instant again = accepted.plusSeconds(7200);
        h.accept(v2.getId(), again, "owner01");
        assertEquals(again, h.checksOpenedAt().orElseThrow(), "a new accepted version restarts the checks' time");
    }

    @Test
    void aCheckIsOverdueWhenNotMadeByItsDueTimeOrMadeAfterIt() {
        DeliverableHistory h = empty();
        Deliverable v1 = submit(h, NoticeStatus.CONTRACTED, T, null);
        Instant due = T.plusSeconds(86_400);
        assertFalse(h.checkOverdue(DEPT_A, due, due.plusSeconds(1)), "not accepted yet: no check due");
        h.accept(v1.getId(), T.plusSeconds(1), "owner01");
        assertFalse(h.checkOverdue(DEPT_A, due, due), "open, at the due time itself: not overdue");
        assertTrue(h.checkOverdue(DEPT_A, due, due.plusSeconds(1)), "open and past the due time");
        assertFalse(h.checkOverdue(DEPT_A, null, due.plusSeconds(1)), "no due time: never overdue");
        h.passCheck(v1.getId(), DEPT_A, Set.of(DEPT_A, DEPT_B), due.minusSeconds(1), "approver01");
        assertFalse(h.checkOverdue(DEPT_A, due, due.plusSeconds(999_999)), "made in time stays in time");
        h.passCheck(v1.getId(), DEPT_B, Set.of(DEPT_A, DEPT_B), due.plusSeconds(5), "approver02");
        assertTrue(h.checkOverdue(DEPT_B, due, due.plusSeconds(6)), "made after the due time stays late");
    }
}
