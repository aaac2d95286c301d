package org.zjcs.credit.domain;

/** A firm's credit as shown: its score (the starting score plus every event's points), its level and its event count. */
public final class CreditStanding {

    private final long firmId;
    private final int score;
    private final CreditLevel level;
    private final int events;

    public CreditStanding(long firmId, int score, CreditLevel level, int events) {
        this.firmId = firmId;
        this.score = score;
        this.level = level;
        this.events = events;
    }

    /** The standing computed from a starting score, a sum of points and the level thresholds. */
    public static CreditStanding of(long firmId, int start, int pointsTotal, int events, int a, int b, int c) {
        int score = start + pointsTotal;
        return new CreditStanding(firmId, score, CreditLevel.of(score, a, b, c), events);
    }

    public long getFirmId() {
        return firmId;
    }

    public int getScore() {
        return score;
    }

    public CreditLevel getLevel() {
        return level;
    }

    public int getEvents() {
        return events;
    }
}
