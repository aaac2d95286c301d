package org.zjcs.credit.domain;

/** The two public credit lists (红黑名单). */
public enum ListKind {
    /** Commendation (红名单): records the {@link CreditCode#RED_LISTED} event. */
    RED,
    /** Untrustworthy (失信, 黑名单): the firm cannot enrol while the entry is current. */
    BLACK
}
