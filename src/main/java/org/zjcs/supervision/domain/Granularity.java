package org.zjcs.supervision.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zjcs.shared.error.DomainException;

/** The buckets of a trend: weeks starting on Monday or calendar months (Beijing dates). */
public enum Granularity {
    WEEK, MONTH;

    /** The first day of the bucket holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /** Every bucket start from the bucket of {@code from} to that of {@code to}, in order (so empty buckets show 0). */
    public List<LocalDate> buckets(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = start(from); !d.isAfter(to); d = this == WEEK ? d.plusWeeks(1) : d.plusMonths(1)) {
            out.add(d);
        }
        return out;
    }

    public static Granularity parse(String text) {
        if (text == null || text.isBlank()) {
            return MONTH;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("board.error.granularity", text.strip());
        }
    }

    public String messageKey() {
        return "board.granularity." + name();
    }
}
