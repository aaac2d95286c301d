package org.zjcs.shared.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.shared.calendar.CalendarDay;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.calendar.CalendarYear;
import org.zjcs.shared.calendar.YearArrangement;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of operator/calendar.xhtml: the loaded years and their days, and adding a year. */
@Named
@ViewScoped
public class CalendarAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendarService;

    private Integer year;
    private String source;
    private String holidays;
    private String workdays;

    public List<CalendarYear> getYears() {
        return calendarService.years();
    }

    public List<CalendarDay> getDays() {
        return calendarService.days();
    }

    /** The next year that is not loaded yet, e.g. to warn that 2027 is missing (as text: no "2,027"). */
    public String getFirstMissingYear() {
        return String.valueOf(calendarService.firstMissingYear());
    }

    public void addYear() {
        try {
            calendarService.addYear(YearArrangement.parse(year == null ? 0 : year, source, holidays, workdays));
            Messages.info("calendar.add.done", String.valueOf(year));
            year = null;
            source = null;
            holidays = null;
            workdays = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public String getWorkdays() {
        return workdays;
    }

    public void setWorkdays(String workdays) {
        this.workdays = workdays;
    }
}
