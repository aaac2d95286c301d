package org.zjcs.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.zjcs.shared.error.DomainException;

/**
 * One year's holiday arrangement as an operator types it from the State Council's notice: days off and
 * make-up working days, one per line ({@code 2027-10-01} or {@code 2027-10-01 国庆节}). Parsing refuses
 * anything doubtful instead of guessing.
 */
public final class YearArrangement {

    /** A day and its name, as typed: "Chinese name" or "Chinese name / English name" (English defaults to the Chinese). */
    public record Entry(DayKind kind, String nameZh, String nameEn) {
    }

    private final int year;
    private final String source;
    private final Map<LocalDate, Entry> days;

    private YearArrangement(int year, String source, Map<LocalDate, Entry> days) {
        this.year = year;
        this.source = source;
        this.days = Collections.unmodifiableMap(days);
    }

    public static YearArrangement parse(int year, String source, String holidays, String workdays) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("calendar.error.yearRange");
        }
        if (source == null || source.isBlank()) {
            throw new DomainException("calendar.error.sourceRequired");
        }
        Map<LocalDate, Entry> days = new LinkedHashMap<>();
        int line = parseLines(year, holidays, DayKind.HOLIDAY, days, 0);
        parseLines(year, workdays, DayKind.WORKDAY, days, line);
        if (days.values().stream().noneMatch(e -> e.kind() == DayKind.HOLIDAY)) {
            throw new DomainException("calendar.error.noDays");
        }
        return new YearArrangement(year, source.trim(), days);
    }

    private static int parseLines(int year, String text, DayKind kind, Map<LocalDate, Entry> into, int lineOffset) {
        if (text == null) {
            return lineOffset;
        }
        String[] lines = text.split("\\R");
        int n = lineOffset;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            LocalDate day;
            try {
                day = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw new DomainException("calendar.error.lineFormat", n, line);
            }
            if (day.getYear() != year) {
                throw new DomainException("calendar.error.wrongYear", day.toString(), String.valueOf(year));
            }
            if (into.containsKey(day)) {
                throw new DomainException("calendar.error.duplicateDay", day.toString());
            }
            if (kind == DayKind.WORKDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new DomainException("calendar.error.workdayOnWeekday", day.toString());
            }
            String name = parts.length > 1 ? parts[1].strip() : "";
            String[] names = name.split("\\s*/\\s*", 2);
            String zh = limit(names[0], 32);
            String en = names.length > 1 && !names[1].isBlank() ? limit(names[1], 64) : zh;
            into.put(day, new Entry(kind, zh, en));
        }
        return n;
    }

    private static String limit(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public int year() {
        return year;
    }

    public String source() {
        return source;
    }

    public Map<LocalDate, Entry> days() {
        return days;
    }
}
