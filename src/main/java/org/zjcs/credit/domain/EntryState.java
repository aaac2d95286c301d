package org.zjcs.credit.domain;

/**
 * Where a list entry stands on a given Beijing date, derived from its dates (nothing is written when it expires):
 * {@link #UPCOMING} before its start date, {@link #CURRENT} from its start to its end date inclusive, {@link #EXPIRED}
 * (已到期) after its end date, {@link #ENDED} when a regulator ended it early and {@link #REPAIRED} (修复移出) when an
 * approved credit repair ended it, from the day of that early end.
 */
public enum EntryState {
    UPCOMING, CURRENT, EXPIRED, ENDED, REPAIRED;

    /** Whether the entry no longer applies and never will again. */
    public boolean isOver() {
        return this == EXPIRED || this == ENDED || this == REPAIRED;
    }
}
