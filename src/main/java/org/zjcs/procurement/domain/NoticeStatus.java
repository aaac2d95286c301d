package org.zjcs.procurement.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.zjcs.shared.error.DomainException;

/**
 * The life cycle of a procurement notice, in one place. Main line: DRAFT → PUBLISHED → CLOSED → SELECTED → ANNOUNCED
 * → AWARDED → CONTRACTED → IN_SERVICE → DELIVERED → COMPLETED; exits: CANCELLED (a published or closed notice is
 * terminated with a reason), FAILED (too few eligible bids at selection), SUSPENDED (an objection is being handled:
 * back to ANNOUNCED when it is rejected; when it is upheld the selection runs again, SELECTED, or the notice FAILS),
 * DECLINED (中选人已放弃: the awarded firm declined before the contract was filed; price and scored methods only — the
 * owner takes the runner-up from the same proof, SELECTED, or ends the notice, FAILED; a random draw or direct pick whose
 * winner declines goes from AWARDED straight to FAILED). Every other move is refused. A correction keeps the notice
 * PUBLISHED.
 */
public enum NoticeStatus {
    DRAFT, PUBLISHED, CLOSED, SELECTED, ANNOUNCED, AWARDED, CONTRACTED, IN_SERVICE, DELIVERED, COMPLETED,
    CANCELLED, FAILED, SUSPENDED, DECLINED;

    private static final Map<NoticeStatus, Set<NoticeStatus>> NEXT = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(PUBLISHED)),
            Map.entry(PUBLISHED, EnumSet.of(CLOSED, CANCELLED)),
            Map.entry(CLOSED, EnumSet.of(SELECTED, FAILED, CANCELLED)),
            Map.entry(SELECTED, EnumSet.of(ANNOUNCED)),
            Map.entry(ANNOUNCED, EnumSet.of(AWARDED, SUSPENDED)),
            Map.entry(SUSPENDED, EnumSet.of(ANNOUNCED, SELECTED, FAILED, CANCELLED)),
            Map.entry(AWARDED, EnumSet.of(CONTRACTED, DECLINED, FAILED)),
            Map.entry(DECLINED, EnumSet.of(SELECTED, FAILED)),
            Map.entry(CONTRACTED, EnumSet.of(IN_SERVICE)),
            Map.entry(IN_SERVICE, EnumSet.of(DELIVERED)),
            Map.entry(DELIVERED, EnumSet.of(COMPLETED)),
            Map.entry(COMPLETED, EnumSet.noneOf(NoticeStatus.class)),
            Map.entry(CANCELLED, EnumSet.noneOf(NoticeStatus.class)),
            Map.entry(FAILED, EnumSet.noneOf(NoticeStatus.class)));

    private static final Set<NoticeStatus> AWARDED_OR_LATER = EnumSet.of(AWARDED, CONTRACTED, IN_SERVICE, DELIVERED, COMPLETED);

    public boolean canMoveTo(NoticeStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The state after moving to {@code target}; refused (with both states named) when the move is not allowed. */
    public NoticeStatus moveTo(NoticeStatus target) {
        if (!canMoveTo(target)) {
            throw new DomainException("notice.error.transition", name(), target.name());
        }
        return target;
    }

    /** Shown on the public pages: everything from publication on (drafts never are). */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** An award stands: AWARDED or a later step of the contract chain (not DECLINED). Pages read it as {@code awardedOrLater}. */
    public boolean isAwardedOrLater() {
        return AWARDED_OR_LATER.contains(this);
    }

    /** A contract is confirmed: CONTRACTED or a later step. Pages read it as {@code contractedOrLater}. */
    public boolean isContractedOrLater() {
        return AWARDED_OR_LATER.contains(this) && this != AWARDED;
    }

    /**
     * A selection result may exist: the notice has left DRAFT, PUBLISHED and CLOSED (a result is stored in the same
     * transaction that moves the notice on). A page that read the notice first shows results only then, so that it never
     * names a winner under a notice it shows as still open. Pages read it as {@code resultPossible}.
     */
    public boolean isResultPossible() {
        return this != DRAFT && this != PUBLISHED && this != CLOSED;
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
