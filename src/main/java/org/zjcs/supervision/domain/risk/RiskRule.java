package org.zjcs.supervision.domain.risk;

/** The risk rules (docs/supervision.md "Risk warnings"); each names the kind of subject it raises a warning on. */
public enum RiskRule {
    /** One firm wins an unusual share of one owner unit's notices. */
    WIN_SHARE,
    /** Many direct picks by one owner unit. */
    DIRECT_PICK,
    /** The same group of firms always enrolling together. */
    COHORT,
    /** Priced bids clustered just under the ceiling (per notice or per firm). */
    CEILING,
    /** Repeated cancellations after the enrolment deadline by one owner unit. */
    LATE_CANCEL
}
