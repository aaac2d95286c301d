package org.zjcs.supervision.application;

import java.time.Instant;
import org.zjcs.credit.domain.AppealStatus;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.supervision.domain.LedgerState;

/**
 * A line of the 差评 ledger: the bad evaluation (its firm, owner unit, notice, approval case, five aspects, level
 * given and the level that counts, the comment only for those who may read it — regulators and the firm itself),
 * its appeal (filed when, status, the regulator's decision and reason), the follow-up (整改情况) and the derived state.
 */
public record LedgerLine(long evaluationId, Instant evaluatedAt, long noticeId, String noticeTitle, String caseNumber,
                         long firmId, String firmName, long ownerId, String ownerName, int[] aspects,
                         EvaluationLevel level, EvaluationLevel revisedLevel, String comment, AppealStatus appealStatus,
                         Instant appealFiledAt, String appealDecision, Instant appealDecidedAt, String followUpNote,
                         Instant followUpAt, String followUpBy, LedgerState state) {

    public boolean isAppealed() {
        return appealStatus != null;
    }

    public boolean isFollowUpAllowed() {
        return state.followUpAllowed();
    }

    public int getQuality() {
        return aspects[0];
    }

    public int getTimeliness() {
        return aspects[1];
    }

    public int getAttitude() {
        return aspects[2];
    }

    public int getFees() {
        return aspects[3];
    }

    public int getConduct() {
        return aspects[4];
    }
}
