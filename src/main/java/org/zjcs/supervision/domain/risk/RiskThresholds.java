package org.zjcs.supervision.domain.risk;

/** The thresholds of the rules (settings {@code risk.*}, docs/operations.md); percentages are whole percent. */
public record RiskThresholds(int winSharePercent, int winShareMinNotices, int directPickCount, int directPickPercent,
                             int cohortMinNotices, int cohortPercent, int ceilingBandPercent, int ceilingSharePercent,
                             int ceilingMinBids, int cancelCount) {

    /** The defaults of the settings. */
    public static RiskThresholds defaults() {
        return new RiskThresholds(50, 5, 3, 30, 4, 80, 2, 60, 3, 2);
    }
}
