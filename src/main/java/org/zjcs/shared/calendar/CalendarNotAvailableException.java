package org.zjcs.shared.calendar;

/**
 * Asked about a year whose holiday arrangement has not been loaded. The calendar never guesses:
 * an operator adds the year from the State Council's notice first.
 */
public class CalendarNotAvailableException extends RuntimeException {

    private final int year;

    public CalendarNotAvailableException(int year) {
        super("No working-day calendar for " + year + ": its holiday arrangement has not been loaded");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
