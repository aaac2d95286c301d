package org.zjcs.selection.domain;

/**
 * A selection run: a winner was selected, the run failed (流标), a selected result was voided after an objection, or its
 * awarded winner declined the award (放弃中选, before the contract was filed).
 */
public enum SelectionStatus {
    SELECTED, FAILED, VOIDED, DECLINED
}
