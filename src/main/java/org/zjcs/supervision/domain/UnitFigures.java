package org.zjcs.supervision.domain;

/**
 * One unit's figures for a month: the due items it closed in the month ({@code closed}, of which {@code late} after
 * their due time), the items still open past their due time at the month's end ({@code overdueAtEnd}) and, for firms,
 * the evaluations given in the month ({@code evaluated}, of which {@code satisfied} at a satisfied level,
 * {@link Satisfaction}). Copied as they are into a 通报 at drafting.
 */
public record UnitFigures(RankingKind kind, long unitId, String name, long closed, long late, long overdueAtEnd,
                          long evaluated, long satisfied) {

    /** Items closed on time in the month. */
    public long onTime() {
        return closed - late;
    }

    /** The on-time rate in per mille, rounded half up; null when nothing was closed. */
    public Integer onTimePermille() {
        return closed == 0 ? null : (int) ((onTime() * 2000 + closed) / (2 * closed));
    }

    /** The satisfaction rate in per mille, rounded half up; null without evaluations. */
    public Integer satisfactionPermille() {
        return evaluated == 0 ? null : (int) ((satisfied * 2000 + evaluated) / (2 * evaluated));
    }

    /** Whether the unit missed time limits in the month: something closed late, or something overdue at its end. */
    public boolean missedLimits() {
        return late > 0 || overdueAtEnd > 0;
    }
}
