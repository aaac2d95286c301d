package org.zjcs.shared.export;

/**
 * How a column's cells are written: text as text; numbers as numeric cells (money with two decimals and thousands
 * separators); dates and date-times as real date cells with a format, in the business time zone; {@link #LABEL} a
 * message key (a state, a kind) written as its text in the requester's language.
 */
public enum CellKind {
    TEXT, LABEL, INTEGER, DECIMAL, MONEY, DATE, DATE_TIME
}
