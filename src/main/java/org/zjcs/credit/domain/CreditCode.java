package org.zjcs.credit.domain;

/**
 * What a credit event records. Every code but {@link #REVERSAL} has its points in each version of the rule table
 * (labels in the bundles as {@code credit.code.<CODE>}); a reversal cancels an earlier event with the opposite points.
 */
public enum CreditCode {
    /** The owner's overall evaluation (好差评) of a finished service: 非常满意 … 非常不满意. */
    EVALUATION_VERY_SATISFIED, EVALUATION_SATISFIED, EVALUATION_BASICALLY_SATISFIED, EVALUATION_DISSATISFIED,
    EVALUATION_VERY_DISSATISFIED,
    /** Approval staff's rating of the deliverable's quality after their check. */
    APPROVAL_QUALITY_GOOD, APPROVAL_QUALITY_FAIR, APPROVAL_QUALITY_POOR,
    /** The contract was confirmed after its filing time limit. */
    CONTRACT_FILED_LATE,
    /** The first deliverable came after the service time limit. */
    DELIVERABLE_LATE,
    /** Approval staff returned the deliverable at their check. */
    DELIVERABLE_RETURNED_BY_APPROVAL,
    /** The winner declined the award (放弃中选). */
    AWARD_DECLINED,
    /** An objection against the firm's selection was upheld. */
    OBJECTION_UPHELD,
    /** A regulator upheld (or partly upheld) a complaint or report against the firm (supervision context). */
    COMPLAINT_UPHELD,
    /** A regulator found false materials (提供虚假材料). */
    FALSE_MATERIALS,
    /** The firm was put on the red list (commendation). */
    RED_LISTED,
    /** Cancels an earlier event (an upheld appeal, a revised evaluation); not in the rule table. */
    REVERSAL;

    /** Whether the rule table gives this code its points. */
    public boolean ruled() {
        return this != REVERSAL;
    }
}
