package org.zjcs.selection.domain;

/** A selection run: a winner was selected, the run failed (流标), or a selected result was voided after an objection. */
public enum SelectionStatus {
    SELECTED, FAILED, VOIDED
}
