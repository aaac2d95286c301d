package org.zjcs.credit.application;

import java.util.List;

/**
 * The public summary of a firm's evaluations: how many, the number per overall level (the level that counts) and the
 * average of each aspect (1–5); never a comment.
 */
public final class EvaluationSummary {

    private final long firmId;
    private final long count;
    private final List<LevelCount> levels;
    private final Double quality;
    private final Double timeliness;
    private final Double attitude;
    private final Double fees;
    private final Double conduct;

    public EvaluationSummary(long firmId, long count, List<LevelCount> levels, Double quality, Double timeliness,
                             Double attitude, Double fees, Double conduct) {
        this.firmId = firmId;
        this.count = count;
        this.levels = List.copyOf(levels);
        this.quality = quality;
        this.timeliness = timeliness;
        this.attitude = attitude;
        this.fees = fees;
        this.conduct = conduct;
    }

    /** The number of evaluations of one level. */
    public static final class LevelCount {
        private final String level;
        private final long count;

        public LevelCount(String level, long count) {
            this.level = level;
            this.count = count;
        }

        public String getLevel() {
            return level;
        }

        public long getCount() {
            return count;
        }
    }

    public long getFirmId() {
        return firmId;
    }

    public long getCount() {
        return count;
    }

    public List<LevelCount> getLevels() {
        return levels;
    }

    public Double getQuality() {
        return quality;
    }

    public Double getTimeliness() {
        return timeliness;
    }

    public Double getAttitude() {
        return attitude;
    }

    public Double getFees() {
        return fees;
    }

    public Double getConduct() {
        return conduct;
    }
}
