package org.zjcs.procurement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zjcs.shared.error.DomainException;

/** Every pair of states: exactly the moves of domain.md are allowed, every other one is refused with both states named. */
class NoticeStatusTest {

    private static final Map<NoticeStatus, Set<NoticeStatus>> ALLOWED = Map.ofEntries(
            Map.entry(NoticeStatus.DRAFT, EnumSet.of(NoticeStatus.PUBLISHED)),
            Map.entry(NoticeStatus.PUBLISHED, EnumSet.of(NoticeStatus.CLOSED, NoticeStatus.CANCELLED)),
            Map.entry(NoticeStatus.CLOSED, EnumSet.of(NoticeStatus.SELECTED, NoticeStatus.FAILED, NoticeStatus.CANCELLED)),
            Map.entry(NoticeStatus.SELECTED, EnumSet.of(NoticeStatus.ANNOUNCED)),
            Map.entry(NoticeStatus.ANNOUNCED, EnumSet.of(NoticeStatus.AWARDED, NoticeStatus.SUSPENDED)),
            Map.entry(NoticeStatus.SUSPENDED, EnumSet.of(NoticeStatus.ANNOUNCED, NoticeStatus.SELECTED, NoticeStatus.FAILED,
                    NoticeStatus.CANCELLED)),
            Map.entry(NoticeStatus.AWARDED, EnumSet.of(NoticeStatus.CONTRACTED, NoticeStatus.DECLINED, NoticeStatus.FAILED)),
            Map.entry(NoticeStatus.DECLINED, EnumSet.of(NoticeStatus.SELECTED, NoticeStatus.FAILED)),
            Map.entry(NoticeStatus.CONTRACTED, EnumSet.of(NoticeStatus.IN_SERVICE)),
            Map.entry(NoticeStatus.IN_SERVICE, EnumSet.of(NoticeStatus.DELIVERED)),
            Map.entry(NoticeStatus.DELIVERED, EnumSet.of(NoticeStatus.COMPLETED)),
            Map.entry(NoticeStatus.COMPLETED, EnumSet.noneOf(NoticeStatus.class)),
            Map.entry(NoticeStatus.CANCELLED, EnumSet.noneOf(NoticeStatus.class)),
            Map.entry(NoticeStatus.FAILED, EnumSet.noneOf(NoticeStatus.class)));

    @Test
    void everyTransitionIsAllowedOrRefusedAsDocumented() {
        int allowed = 0;
        for (NoticeStatus from : NoticeStatus.values()) {
            for (NoticeStatus to : NoticeStatus.values()) {
                if (ALLOWED.get(from).contains(to)) {
                    assertEquals(to, from.moveTo(to), from + " -> " + to);
                    allowed++;
                } else {
                    DomainException e = assertThrows(DomainException.class, () -> from.moveTo(to), from + " -> " + to);
                    assertEquals("notice.error.transition", e.messageKey());
                    assertEquals(from.name(), e.args()[0]);
                    assertEquals(to.name(), e.args()[1]);
                }
            }
        }
        assertEquals(21, allowed, "the number of allowed moves");
    }

    @Test
    void draftsAreNeverPublicAndFinalStatesAreFinal() {
        assertFalse(NoticeStatus.DRAFT.isPublic());
        assertTrue(NoticeStatus.PUBLISHED.isPublic());
        assertTrue(NoticeStatus.CANCELLED.isFinal());
        assertTrue(NoticeStatus.FAILED.isFinal());
        assertTrue(NoticeStatus.COMPLETED.isFinal());
        assertFalse(NoticeStatus.SUSPENDED.isFinal());
        assertFalse(NoticeStatus.DECLINED.isFinal());
        assertTrue(NoticeStatus.DECLINED.isPublic());
    }

    @Test
    void aDeclinedAwardLeadsToTheRunnerUpOrToAFailureButNeverToAContract() {
        assertTrue(NoticeStatus.AWARDED.canMoveTo(NoticeStatus.DECLINED));
        assertTrue(NoticeStatus.AWARDED.canMoveTo(NoticeStatus.FAILED), "random draw and direct pick fail at once");
        assertTrue(NoticeStatus.DECLINED.canMoveTo(NoticeStatus.SELECTED), "the runner-up");
        assertTrue(NoticeStatus.DECLINED.canMoveTo(NoticeStatus.FAILED), "the owner ends it to post again");
        assertFalse(NoticeStatus.DECLINED.canMoveTo(NoticeStatus.CONTRACTED));
        assertFalse(NoticeStatus.DECLINED.canMoveTo(NoticeStatus.AWARDED));
        assertFalse(NoticeStatus.CONTRACTED.canMoveTo(NoticeStatus.DECLINED), "no decline once the contract is filed");
    }

    @Test
    void theContractChainStatesAfterTheAward() {
        assertEquals(EnumSet.of(NoticeStatus.AWARDED, NoticeStatus.CONTRACTED, NoticeStatus.IN_SERVICE, NoticeStatus.DELIVERED,
                NoticeStatus.COMPLETED), EnumSet.copyOf(java.util.Arrays.stream(NoticeStatus.values())
                .filter(NoticeStatus::isAwardedOrLater).toList()), "a declined award is not one");
        assertEquals(EnumSet.of(NoticeStatus.CONTRACTED, NoticeStatus.IN_SERVICE, NoticeStatus.DELIVERED, NoticeStatus.COMPLETED),
                EnumSet.copyOf(java.util.Arrays.stream(NoticeStatus.values()).filter(NoticeStatus::isContractedOrLater).toList()));
    }

    @Test
    void aResultCanExistOnlyOnceTheNoticeHasLeftEnrolment() {
        for (NoticeStatus s : NoticeStatus.values()) {
            boolean open = s == NoticeStatus.DRAFT || s == NoticeStatus.PUBLISHED || s == NoticeStatus.CLOSED;
            assertEquals(!open, s.isResultPossible(), s.name());
        }
        // every way out of CLOSED (except cancelling) goes through a selection
        assertTrue(NoticeStatus.CLOSED.canMoveTo(NoticeStatus.SELECTED) && NoticeStatus.SELECTED.isResultPossible());
        assertTrue(NoticeStatus.FAILED.isResultPossible(), "a failed selection has its round too");
    }
}
