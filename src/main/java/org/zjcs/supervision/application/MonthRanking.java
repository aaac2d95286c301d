package org.zjcs.supervision.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.zjcs.supervision.domain.RankedUnit;
import org.zjcs.supervision.domain.RankingKind;

/**
 * A month's three rankings (approval departments, owner units, firms), computed at {@code computedAt} with the
 * minimum of closed items then set.
 */
public record MonthRanking(YearMonth month, int minItems, Instant computedAt, List<RankedUnit> departments,
                           List<RankedUnit> owners, List<RankedUnit> firms) {

    public List<RankedUnit> of(RankingKind kind) {
        return switch (kind) {
            case DEPARTMENT -> departments;
            case OWNER -> owners;
            case FIRM -> firms;
        };
    }

    /** The units that missed time limits in the month (the ones a 通报 may name), in ranking order. */
    public List<RankedUnit> missed() {
        return Stream.of(departments, owners, firms).flatMap(List::stream).filter(r -> r.figures().missedLimits()).toList();
    }
}
