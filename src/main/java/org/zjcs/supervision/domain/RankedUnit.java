package org.zjcs.supervision.domain;

/** A unit's place in a month's ranking: {@code rank} is null when it closed too few items to be ranked. */
public record RankedUnit(Integer rank, UnitFigures figures) {

    public boolean tooFew() {
        return rank == null;
    }
}
