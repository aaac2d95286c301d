package org.zjcs.shared.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.notification.NotificationService;

/**
 * Reminders of time limits (the notifications inbox tells each party what is due): an open item is reminded of once
 * {@value #WORKING_DAYS_AHEAD} working days before its due time, until the due time (a time limit already past is
 * flagged as late by its context instead). Each reminder is claimed in the database first ({@code reminder_sent}, key
 * kind + subject + due time, {@code INSERT IGNORE}), so it is sent once however often and on however many servers the
 * job runs; a due time that moves (an approved extension) is reminded of again. Reminders change no state and are not
 * audited.
 */
@ApplicationScoped
public class ReminderService {

    public static final int WORKING_DAYS_AHEAD = 2;

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Instance<ReminderSource> sources;

    @Inject
    CalendarService calendar;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    /** What one scan found: open items, those within the reminder window, and reminders sent now (claimed). */
    public record Scan(int open, int due, int sent) {
    }

    /** Sends the reminders that are due and not sent yet. */
    @Transactional
    public Scan scan() {
        Instant now = clock.instant();
        int open = 0;
        int due = 0;
        int sent = 0;
        for (ReminderSource source : sources) {
            for (DueItem item : source.openItems()) {
                open++;
                if (!isDue(item.dueAt(), now)) {
                    continue;
                }
                due++;
                if (claim(item, now)) {
                    for (long org : item.recipients()) {
                        notifications.notifyOrganisation(org, item.messageKey(), item.args(), item.link());
                    }
                    sent++;
                }
            }
        }
        return new Scan(open, due, sent);
    }

    /** Within the window: from {@value #WORKING_DAYS_AHEAD} working days before the due time until it. */
    boolean isDue(Instant dueAt, Instant now) {
        return now.isBefore(dueAt) && !now.isBefore(calendar.beforeWorkingDays(dueAt, WORKING_DAYS_AHEAD));
    }

    /** True for the one caller whose row went in; false when the reminder was sent already (by any server). */
    private boolean claim(DueItem item, Instant now) {
        // UTC wall-clock text, as InstantConverter stores instants (no driver time-zone conversion can shift it)
        return em.createNativeQuery("INSERT IGNORE INTO reminder_sent (kind, subject_id, due_at, sent_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, item.kind()).setParameter(2, item.subjectId()).setParameter(3, utc(item.dueAt()))
                .setParameter(4, utc(now)).executeUpdate() == 1;
    }

    private static String utc(Instant at) {
        return UTC.format(LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
}
