package org.zjcs.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileRef;

/** The deliverable version life cycle, transition by transition. */
class DeliverableStatusTest {

    private static String refused(org.junit.jupiter.api.function.Executable e) {
        return assertThrows(DomainException.class, e).messageKey();
    }

    @Test
    void aSubmittedVersionIsAcceptedByTheOwner() {
        assertEquals(DeliverableStatus.ACCEPTED, DeliverableStatus.SUBMITTED.accept());
    }

    @Test
    void aSubmittedVersionIsReturnedByTheOwner() {
        assertEquals(DeliverableStatus.RETURNED_BY_OWNER, DeliverableStatus.SUBMITTED.returnByOwner());
    }

    @Test
    void anAcceptedVersionPassesWhenEveryDepartmentPassedIt() {
        assertEquals(DeliverableStatus.PASSED, DeliverableStatus.ACCEPTED.pass());
    }

    @Test
    void anAcceptedVersionIsReturnedByADepartment() {
        assertEquals(DeliverableStatus.RETURNED_BY_APPROVER, DeliverableStatus.ACCEPTED.returnByApprover());
    }

    @Test
    void aReturnedVersionIsFollowedByASubmittedOne() {
        assertEquals(DeliverableStatus.SUBMITTED, DeliverableStatus.RETURNED_BY_OWNER.resubmit());
        assertEquals(DeliverableStatus.SUBMITTED, DeliverableStatus.RETURNED_BY_APPROVER.resubmit());
    }

    @Test
    void onlyOneVersionAwaitsAtATime() {
        assertEquals("deliverable.error.pending", refused(DeliverableStatus.SUBMITTED::resubmit));
        assertEquals("deliverable.error.accepted", refused(DeliverableStatus.ACCEPTED::resubmit));
        assertEquals("deliverable.error.passed", refused(DeliverableStatus.PASSED::resubmit));
    }

    @Test
    void theOwnerAnswersOnlyASubmittedVersion() {
        for (DeliverableStatus s : List.of(DeliverableStatus.ACCEPTED, DeliverableStatus.RETURNED_BY_OWNER,
                DeliverableStatus.PASSED, DeliverableStatus.RETURNED_BY_APPROVER)) {
            assertEquals("deliverable.error.notSubmitted", refused(s::accept), s.name());
            assertEquals("deliverable.error.notSubmitted", refused(s::returnByOwner), s.name());
        }
    }

    @Test
    void departmentsCheckOnlyAnAcceptedVersion() {
        assertEquals("deliverable.error.notAccepted", refused(DeliverableStatus.SUBMITTED::pass));
        assertEquals("deliverable.error.notAccepted", refused(DeliverableStatus.SUBMITTED::returnByApprover));
        assertEquals("deliverable.error.notAccepted", refused(DeliverableStatus.RETURNED_BY_OWNER::pass));
        assertEquals("deliverable.error.checked", refused(DeliverableStatus.PASSED::pass));
        assertEquals("deliverable.error.checked", refused(DeliverableStatus.RETURNED_BY_APPROVER::returnByApprover));
    }

    @Test
    void returnedStates() {
        assertTrue(DeliverableStatus.RETURNED_BY_OWNER.isReturned());
        assertTrue(DeliverableStatus.RETURNED_BY_APPROVER.isReturned());
        assertFalse(DeliverableStatus.SUBMITTED.isReturned());
        assertFalse(DeliverableStatus.PASSED.isReturned());
    }

    private static Deliverable version(int revision, Instant at, Instant due) {
        return new Deliverable(1, revision, 2, "note", List.of(new FileRef(3, "a".repeat(64), "a.pdf")), at, "firm",
                due);
    }

    @Test
    void theVersionPassesOnlyWhenEveryLinkedDepartmentPassedIt() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        Deliverable d = version(1, t, t.plusSeconds(60));
        d.accept(t, "owner");
        assertFalse(d.passCheck(3001, Set.of(3001L, 3002L), t, "a1"));
        assertEquals(DeliverableStatus.ACCEPTED, d.getStatus());
        assertEquals("deliverable.error.alreadyChecked", refused(() -> d.passCheck(3001, Set.of(3001L, 3002L), t, "a1")));
        assertTrue(d.passCheck(3002, Set.of(3001L, 3002L), t, "a2"));
        assertEquals(DeliverableStatus.PASSED, d.getStatus());
    }

    @Test
    void aDepartmentReturnNeedsReasonsAndEndsTheVersion() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        Deliverable d = version(2, t, null);
        d.accept(t, "owner");
        assertEquals("deliverable.error.reasonRequired", refused(() -> d.returnCheck(3001, " ", t, "a1")));
        d.returnCheck(3001, "missing drawings", t, "a1");
        assertEquals(DeliverableStatus.RETURNED_BY_APPROVER, d.getStatus());
    }

    @Test
    void onlyTheFirstVersionIsLate() {
        Instant due = Instant.parse("2026-12-01T00:00:00Z");
        assertTrue(version(1, due.plusSeconds(1), due).isLate());
        assertFalse(version(1, due, due).isLate());
        assertFalse(version(2, due.plusSeconds(1), due).isLate());
    }

    @Test
    void aVersionNeedsAFileAndANote() {
        Instant t = Instant.now();
        assertEquals("deliverable.error.fileRequired", refused(() -> new Deliverable(1, 1, 2, "note", List.of(), t, "f", null)));
        assertEquals("deliverable.error.noteRequired",
                refused(() -> new Deliverable(1, 1, 2, " ", List.of(new FileRef(3, "a", "a")), t, "f", null)));
        assertEquals("deliverable.error.reasonRequired", refused(() -> version(1, t, null).returnByOwner(null, t, "o")));
    }
}
