package org.zjcs.supervision.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.zjcs.supervision.application.MonthRanking;
import org.zjcs.supervision.domain.RankedUnit;
import org.zjcs.supervision.domain.UnitFigures;

/** A month's rankings as JSON (docs/supervision.md "Rankings and 通报"). */
@Schema(description = "A month's rankings of approval departments, owner units and firms on timeliness (firms also on "
        + "satisfaction); units with fewer closed items than minItems have rank null (too few to rank)")
public record RankingDto(String month, int minItems, String computedAt, List<Unit> departments, List<Unit> owners,
                         List<Unit> firms) {

    @Schema(description = "One unit: its rank (null: too few to rank), the due items it closed in the month, of them "
            + "late, on-time rate in per mille, items overdue at the month's end, evaluations and satisfied ones (firms)")
    public record Unit(Integer rank, String kind, long id, String name, long closed, long late, Integer onTimePermille,
                       long overdueAtEnd, long evaluated, long satisfied, Integer satisfactionPermille,
                       boolean missedLimits) {

        static Unit of(RankedUnit r) {
            UnitFigures f = r.figures();
            return new Unit(r.rank(), f.kind().name(), f.unitId(), f.name(), f.closed(), f.late(), f.onTimePermille(),
                    f.overdueAtEnd(), f.evaluated(), f.satisfied(), f.satisfactionPermille(), f.missedLimits());
        }
    }

    static RankingDto of(MonthRanking m) {
        return new RankingDto(m.month().toString(), m.minItems(), m.computedAt().toString(),
                m.departments().stream().map(Unit::of).toList(), m.owners().stream().map(Unit::of).toList(),
                m.firms().stream().map(Unit::of).toList());
    }
}
