package org.zjcs.credit.domain;

/** The kind of object a credit event comes from, in the context that owns the fact (its id is the event's source id). */
public enum CreditSource {
    /** An owner's evaluation (好差评). */
    EVALUATION,
    /** Approval staff's quality rating of a deliverable. */
    APPROVAL_RATING,
    /** A contract version (contract context). */
    CONTRACT,
    /** A deliverable version (delivery context). */
    DELIVERABLE,
    /** A department's check of a deliverable (delivery context). */
    DELIVERABLE_CHECK,
    /** A selection result (selection context): an award declined. */
    SELECTION_RESULT,
    /** An objection (selection context). */
    OBJECTION,
    /** A red- or black-list entry. */
    LIST_ENTRY,
    /** A regulator's finding (false materials). */
    REGULATOR_FINDING,
    /** An appeal decided by a regulator. */
    APPEAL,
    /** A complaint or report answered by a regulator (supervision context). */
    COMPLAINT
}
