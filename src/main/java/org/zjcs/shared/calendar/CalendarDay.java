package org.zjcs.shared.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One date that the State Council's notice makes a holiday or a make-up working day. */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.all", query = "SELECT d FROM CalendarDay d ORDER BY d.day")
public class CalendarDay {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private DayKind kind;

    @Column(name = "name_zh", nullable = false, length = 32)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 64)
    private String nameEn;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, DayKind kind, String nameZh, String nameEn) {
        this.day = day;
        this.year = day.getYear();
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getYear() {
        return year;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }
}
