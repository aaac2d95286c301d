package org.zjcs.shared.calendar;

/** How the State Council's yearly notice overrides the ordinary Monday-to-Friday week for one date. */
public enum DayKind {
    /** A statutory day off (including weekend days inside a holiday block). */
    HOLIDAY,
    /** A weekend day that is a make-up working day (调休上班). */
    WORKDAY
}
