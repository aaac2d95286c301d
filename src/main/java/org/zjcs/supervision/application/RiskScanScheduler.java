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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.db.SchemaReady;

/**
 * Tries the daily risk scan every {@code zjcs.risk.scan.seconds} (default an hour) on the
 * server's managed scheduled executor, the first time one interval after start-up (not during start-up); the scan itself runs once per Beijing day, claimed in the database
 * ({@link RiskScan#daily}), so several servers scan once between them.
 */
@ApplicationScoped
public class RiskScanScheduler {

    private static final Logger LOG = Logger.getLogger(RiskScanScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    RiskScan scan;

    @Inject
    @ConfigProperty(name = "zjcs.risk.scan.seconds", defaultValue = "3600")
    long intervalSeconds;

    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        long every = Math.max(60, intervalSeconds);
        task = executor.scheduleWithFixedDelay(this::run, every, every, TimeUnit.SECONDS);
    }

    private void run() {
        try {
            scan.daily().ifPresent(r -> LOG.info(() -> "Daily risk scan: " + r.found() + " found, " + r.raised()
                    + " raised, " + r.refreshed() + " refreshed"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily risk scan failed; it is tried again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
