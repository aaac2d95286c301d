package org.zjcs.supervision.application;

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
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.time.ClockControl;

/**
 * Runs {@link DueTracker} once at start-up (the backfill on an empty table) and then every
 * {@value DueSettings#REFRESH_SECONDS} seconds (setting, read before each wait, so a change applies at the next one).
 * Safe on several servers: a pass runs only where the lease was claimed. A test server (movable clock) runs only the
 * start-up pass: its tests run passes when they choose ({@code POST /api/test/due}), so that a pass never removes, in
 * the middle of a test, the open items another test wrote as fixtures.
 */
@ApplicationScoped
public class DueScheduler {

    private static final Logger LOG = Logger.getLogger(DueScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DueTracker tracker;

    @Inject
    SettingsService settings;

    @Inject
    ClockControl testClock;

    private volatile ScheduledFuture<?> task;
    private volatile boolean stopped;

    void start(@Observes SchemaReady ready) {
        task = executor.schedule(this::run, 5, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            long started = System.nanoTime();
            tracker.pass().ifPresent(p -> LOG.fine(() -> "Due pass: " + p + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The due pass failed; it runs again at the next interval", e);
        } finally {
            if (!stopped && !testClock.available()) {
                int seconds = DueSettings.REFRESH_SECONDS_DEFAULT;
                try {
                    seconds = settings.intValue(DueSettings.REFRESH_SECONDS, DueSettings.REFRESH_SECONDS_DEFAULT);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "settings unreadable, using the default interval", e);
                }
                task = executor.schedule(this::run, Math.max(5, seconds), TimeUnit.SECONDS);
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }
}
