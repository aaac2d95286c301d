package org.zjcs.firm.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
 * Runs the expiring-qualification check at start-up and then every zjcs.expiry.scan.seconds (default an hour) on
 * the server's managed scheduled executor. Safe on several servers: each warning is claimed once in the database.
 */
@ApplicationScoped
public class QualificationExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(QualificationExpiryScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    QualificationExpiryService expiry;

    @Inject
    @ConfigProperty(name = "zjcs.expiry.scan.seconds", defaultValue = "3600")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        task = executor.scheduleWithFixedDelay(this::run, 5, Math.max(5, intervalSeconds), TimeUnit.SECONDS);
    }

    private void run() {
        try {
            int sent = expiry.warnExpiring();
            if (sent > 0) {
                LOG.info(() -> "Qualification expiry warnings sent: " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The qualification expiry check failed; it runs again at the next interval", e);
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
