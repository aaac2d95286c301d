package org.zjcs.shared.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year whose holiday arrangement is loaded, with the notice it was taken from. */
@Entity
@Table(name = "calendar_year")
@NamedQuery(name = "CalendarYear.all", query = "SELECT y FROM CalendarYear y ORDER BY y.year")
public class CalendarYear {

    @Id
    @Column(name = "year")
    private int year;

    @Column(name = "source", nullable = false, length = 255)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected CalendarYear() {
    }

    public CalendarYear(int year, String source, Instant createdAt, String createdBy) {
        this.year = year;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
