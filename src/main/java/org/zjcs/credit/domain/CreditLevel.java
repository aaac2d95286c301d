package org.zjcs.credit.domain;

/** The credit level of a score: A at or above the A threshold, then B, C, and D below the C threshold (settings). */
public enum CreditLevel {
    A, B, C, D;

    /** The level of {@code score}; the thresholds must descend (a ≥ b ≥ c). */
    public static CreditLevel of(int score, int a, int b, int c) {
        if (a < b || b < c) {
            throw new IllegalArgumentException("Credit level thresholds must descend: " + a + ", " + b + ", " + c);
        }
        if (score >= a) {
            return A;
        }
        if (score >= b) {
            return B;
        }
        return score >= c ? C : D;
    }
}
