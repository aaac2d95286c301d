package org.zjcs.shared.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zjcs.shared.calendar.CalendarService;

/**
 * Reminders of time limits (the notifications inbox tells each party what is due): an open item is reminded of once
 * {@value #WORKING_DAYS_AHEAD} working days before its due time, until the due time (a time limit already past is
 * flagged as late by its context instead). Each reminder is claimed in the database first ({@code reminder_sent}, key
 * kind + subject + due time, {@code INSERT IGNORE}), so it is sent once however often and on however many servers the
 * job runs; a due time that moves (an approved extension) is reminded of again. Reminders change no state and are not
 * audited.
 *
 * <p>At volume: each source reads only the items that may be within the {@link ReminderWindow} (bounds in its SQL, a
 * bounded number of set-based queries), in its own read transaction; the due ones are claimed and sent in batches of
 * {@value #BATCH}, each in its own short transaction ({@link ReminderClaims}). No transaction spans the scan: a source
 * that fails is logged and skipped, and loses neither the other sources' reminders nor the batches already sent.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    public static final int WORKING_DAYS_AHEAD = 2;

    /** Reminders claimed and sent per transaction. */
    static final int BATCH = 100;

    @Inject
    Instance<ReminderSource> sources;

    @Inject
    CalendarService calendar;

    @Inject
    ReminderClaims claims;

    @Inject
    Clock clock;

    /**
     * What one scan found: the items read (those that may be within the window), those within it, reminders sent now
     * (claimed), and the sources whose reading or sending failed (logged; the next scan tries again).
     */
    public record Scan(int open, int due, int sent, int failed) {
    }

    /** Sends the reminders that are due and not sent yet (no transaction of its own: one per source read and batch). */
    public Scan scan() {
        Instant now = clock.instant();
        ReminderWindow window = ReminderWindow.at(now, calendar.calendar(), WORKING_DAYS_AHEAD);
        int open = 0;
        int due = 0;
        int sent = 0;
        int failed = 0;
        for (ReminderSource source : sources) {
            try {
                List<DueItem> items = source.openItems(window);
                open += items.size();
                List<DueItem> batch = new ArrayList<>();
                for (DueItem item : items) {
                    if (!isDue(item.dueAt(), now)) {
                        continue;
                    }
                    due++;
                    batch.add(item);
                    if (batch.size() == BATCH) {
                        sent += claims.send(batch, now);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    sent += claims.send(batch, now);
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Reminders of " + source.getClass().getSimpleName()
                        + " failed; the other sources go on, the next scan tries again", e);
            }
        }
        return new Scan(open, due, sent, failed);
    }

    /** Within the window: from {@value #WORKING_DAYS_AHEAD} working days before the due time until it. */
    boolean isDue(Instant dueAt, Instant now) {
        return now.isBefore(dueAt) && !now.isBefore(calendar.beforeWorkingDays(dueAt, WORKING_DAYS_AHEAD));
    }
}
