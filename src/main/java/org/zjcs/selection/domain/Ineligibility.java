package org.zjcs.selection.domain;

/**
 * The rules a firm can fail when it enrols on a notice or when its enrolment is re-checked at selection, in the order
 * they are checked. Each names its message key {@code eligibility.<name>} so that the firm sees exactly which rule it
 * fails.
 */
public enum Ineligibility {
    /** The firm's registration is not approved (or its organisation not active for another reason than suspension). */
    NOT_APPROVED,
    /** The operator suspended the firm. */
    SUSPENDED,
    /** The firm is on the black list that day (credit context); arg: the entry's end date. Independent of suspension. */
    BLACK_LISTED,
    /** The firm does not offer the notice's service item. */
    ITEM_NOT_OFFERED,
    /** Under "all of": a required qualification (type and minimum level) is missing or not valid that day; arg: its name. */
    QUALIFICATION_MISSING,
    /** Under "any of": none of the listed qualifications is held and valid that day. */
    NO_QUALIFICATION_OF_LIST,
    /** The firm is on the notice's avoidance list; arg: the owner's reason. */
    AVOIDED,
    /** The firm already enrolled on this notice. */
    ALREADY_ENROLLED;

    public String messageKey() {
        return "eligibility." + name();
    }
}
