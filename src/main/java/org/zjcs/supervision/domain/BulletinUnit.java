package org.zjcs.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A unit named in a 通报, with its figures copied at drafting (they never change afterwards). */
@Embeddable
public class BulletinUnit {

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false, length = 12)
    private RankingKind unitKind;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "closed_items", nullable = false)
    private long closed;

    @Column(name = "late_items", nullable = false)
    private long late;

    @Column(name = "overdue_at_end", nullable = false)
    private long overdueAtEnd;

    @Column(name = "evaluated", nullable = false)
    private long evaluated;

    @Column(name = "satisfied", nullable = false)
    private long satisfied;

    /** The unit's rank when the draft named it (null: too few items to rank). */
    @Column(name = "unit_rank")
    private Integer rank;

    protected BulletinUnit() {
    }

    public static BulletinUnit of(RankedUnit r) {
        BulletinUnit u = new BulletinUnit();
        UnitFigures f = r.figures();
        u.unitKind = f.kind();
        u.unitId = f.unitId();
        u.unitName = f.name();
        u.closed = f.closed();
        u.late = f.late();
        u.overdueAtEnd = f.overdueAtEnd();
        u.evaluated = f.evaluated();
        u.satisfied = f.satisfied();
        u.rank = r.rank();
        return u;
    }

    /** The figures as copied. */
    public UnitFigures figures() {
        return new UnitFigures(unitKind, unitId, unitName, closed, late, overdueAtEnd, evaluated, satisfied);
    }

    public RankingKind getUnitKind() {
        return unitKind;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public long getClosed() {
        return closed;
    }

    public long getLate() {
        return late;
    }

    public long getOverdueAtEnd() {
        return overdueAtEnd;
    }

    public Integer getRank() {
        return rank;
    }

    public Integer getOnTimePermille() {
        return figures().onTimePermille();
    }

    public Integer getSatisfactionPermille() {
        return figures().satisfactionPermille();
    }
}
