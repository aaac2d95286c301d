package org.zjcs.shared.reminder;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.time.ClockMoved;

/**
 * Runs the reminder scan ({@link ReminderService}) at start-up and then every {@code zjcs.reminder.scan.seconds}
 * (default an hour) on the server's managed scheduled executor. Safe on several servers: each reminder is claimed once
 * in the database.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ReminderService reminders;

    @Inject
    @ConfigProperty(name = "zjcs.reminder.scan.seconds", defaultValue = "3600")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        task = executor.scheduleWithFixedDelay(this::run, 5, Math.max(1, intervalSeconds), TimeUnit.SECONDS);
    }

    private void run() {
        try {
            ReminderService.Scan s = reminders.scan();
            LOG.info(() -> "Reminder scan: " + s.open() + " time limits near the window read, " + s.due() + " within "
                    + ReminderService.WORKING_DAYS_AHEAD + " working days, " + s.sent() + " reminders sent"
                    + (s.failed() > 0 ? ", " + s.failed() + " sources failed" : ""));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The reminder scan failed; it runs again at the next interval", e);
        }
    }

    /** The test clock moved: scan now rather than at the next interval (in the background, not in the mover's call). */
    void onClockMoved(@Observes ClockMoved moved) {
        executor.execute(this::run);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
