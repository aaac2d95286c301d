package org.zjcs.selection.domain.method;

/** Why a selection failed (流标); callers show their own message for each. */
public enum FailureReason {
    /** Fewer eligible entries than the notice's minimum. */
    TOO_FEW,
    /** Direct pick: the named firm is not among the eligible entries. */
    NOT_ENROLLED
}
