package org.zjcs.shared.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calendar exactly as the reference-data migration loads it, read from the committed SQL file. */
public final class ReferenceCalendar {

    private static final Pattern YEAR = Pattern.compile("^\\s*\\((\\d{4}), '");
    private static final Pattern DAY = Pattern.compile("^\\s*\\('(\\d{4}-\\d{2}-\\d{2})', \\d{4}, '(HOLIDAY|WORKDAY)'");

    private ReferenceCalendar() {
    }

    public static WorkingDayCalendar load() {
        Path sql = Path.of("db-scripts/migration/V3__reference_working_calendar.sql");
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        try {
            for (String line : Files.readAllLines(sql, StandardCharsets.UTF_8)) {
                Matcher d = DAY.matcher(line);
                if (d.find()) {
                    days.put(LocalDate.parse(d.group(1)), DayKind.valueOf(d.group(2)));
                    continue;
                }
                Matcher y = YEAR.matcher(line);
                if (y.find()) {
                    years.add(Integer.parseInt(y.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkingDayCalendar(days, years);
    }
}
