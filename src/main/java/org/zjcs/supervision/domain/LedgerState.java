package org.zjcs.supervision.domain;

import org.zjcs.credit.domain.AppealStatus;
import org.zjcs.credit.domain.EvaluationLevel;

/**
 * The state of a line of the 差评 ledger (seed 002 第二十六条: a ledger of 差评, rectified within a limit), derived
 * from what the model records: the evaluation, its appeal (申诉) with the regulator's decision, and the follow-up
 * (整改情况) a regulator recorded.
 * <ul>
 * <li>{@link #APPEALABLE} 待申诉: no appeal yet, the appeal period still runs, no follow-up;</li>
 * <li>{@link #APPEALING} 申诉中: an appeal waits for the regulator's decision;</li>
 * <li>{@link #REVOKED} 申诉成立已改评: the regulator revised the level to one that is not a 差评;</li>
 * <li>{@link #TO_RECTIFY} 待整改: the 差评 stands (no appeal within the period, appeal upheld, or revised to another
 * bad level) and no follow-up is recorded;</li>
 * <li>{@link #RECTIFIED} 已整改: a regulator recorded the follow-up.</li>
 * </ul>
 */
public enum LedgerState {
    APPEALABLE, APPEALING, REVOKED, TO_RECTIFY, RECTIFIED;

    /**
     * The state of a bad evaluation: {@code appeal} its appeal's status (null: none), {@code revisedLevel} the level
     * the regulator revised it to, {@code appealPeriodOpen} whether it may still be appealed, {@code followedUp}
     * whether a follow-up is recorded.
     */
    public static LedgerState derive(AppealStatus appeal, EvaluationLevel revisedLevel, boolean appealPeriodOpen,
                                     boolean followedUp) {
        if (appeal == AppealStatus.PENDING) {
            return APPEALING;
        }
        if (appeal == AppealStatus.REVISED && !Satisfaction.bad(revisedLevel)) {
            return REVOKED;
        }
        if (followedUp) {
            return RECTIFIED;
        }
        if (appeal == null && appealPeriodOpen) {
            return APPEALABLE;
        }
        return TO_RECTIFY;
    }

    /** Whether a regulator may record the follow-up: the 差评 stands (or may still be appealed) and none is recorded. */
    public boolean followUpAllowed() {
        return this == TO_RECTIFY || this == APPEALABLE;
    }

    public String messageKey() {
        return "evalstat.state." + name();
    }

    /** The state named {@code name}; null when blank; unknown → evalstat.error.state. */
    public static LedgerState parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new org.zjcs.shared.error.DomainException("evalstat.error.state");
        }
    }
}
