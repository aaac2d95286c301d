package org.zjcs.credit.domain;

/** The owner's overall level of an evaluation (seed 002 第二十四条), best first; each records its credit code. */
public enum EvaluationLevel {
    /** 非常满意. */
    VERY_SATISFIED,
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED,
    /** 非常不满意. */
    VERY_DISSATISFIED;

    /** The credit event this level records ({@code EVALUATION_<LEVEL>}). */
    public CreditCode creditCode() {
        return CreditCode.valueOf("EVALUATION_" + name());
    }

    /** The level named {@code name}; {@code null} when blank or unknown (the service then refuses a missing level). */
    public static EvaluationLevel parse(String name) {
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
