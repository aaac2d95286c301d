package org.zjcs.credit.domain;

/** Approval staff's rating of a deliverable's quality after passing their check; each records its credit code. */
public enum QualityRating {
    GOOD, FAIR, POOR;

    /** The credit event this rating records ({@code APPROVAL_QUALITY_<X>}). */
    public CreditCode creditCode() {
        return CreditCode.valueOf("APPROVAL_QUALITY_" + name());
    }

    /** The rating named {@code name}; {@code null} when blank or unknown. */
    public static QualityRating parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
