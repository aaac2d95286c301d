package org.zjcs.audit.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.audit.domain.ChainVerification;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.time.ClockMoved;

/**
 * Keeps the audit chain verified while the server runs (issue 14, item 7d), for the readiness check
 * ({@code AuditChainHealthCheck}): the whole chain at start-up (once the migrations ran), then every
 * {@code zjcs.audit.verify.seconds} (default 30) only the entries appended since the last verified one (the checkpoint:
 * its id and hash), and again the whole chain every {@code zjcs.audit.verify.full.seconds} (default 3600), since an
 * entry behind the checkpoint can be altered too. A broken chain stays broken (DOWN) until a full walk finds it intact
 * again (the entry restored); a walk that cannot read the database keeps the last verdict and says so in the log.
 * Verification reads in pages of 1,000 on a managed thread; it never blocks a request.
 */
@ApplicationScoped
public class AuditChainMonitor {

    private static final Logger LOG = Logger.getLogger(AuditChainMonitor.class.getName());

    /** What the last verification found; {@code verification} null until the start-up walk finished. */
    public record State(ChainVerification verification, Instant verifiedAt, long verifiedUpTo, boolean fullWalk,
                        long millis) {
    }

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "zjcs.audit.verify.seconds", defaultValue = "30")
    long verifySeconds;

    @Inject
    @ConfigProperty(name = "zjcs.audit.verify.full.seconds", defaultValue = "3600")
    long fullSeconds;

    private volatile State state = new State(null, null, 0, false, 0);
    private long checkpointId;
    private String checkpointHash;
    private Instant lastFull;
    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        task = executor.scheduleWithFixedDelay(this::check, 0, Math.max(1, verifySeconds), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The test clock moved: the next round verifies the whole chain (its timing was measured on the old clock). */
    synchronized void onClockMoved(@Observes ClockMoved moved) {
        lastFull = null;
    }

    /** The last verdict (for the health check). */
    public State state() {
        return state;
    }

    /** One round: the whole chain when due (or while it is broken), else the entries after the checkpoint. */
    synchronized void check() {
        Instant now = clock.instant();
        State before = state;
        boolean full = lastFull == null || checkpointHash == null
                || (before.verification() != null && !before.verification().intact())
                || !now.isBefore(lastFull.plusSeconds(Math.max(1, fullSeconds)));
        long started = System.nanoTime();
        try {
            AuditService.Checked c = full ? audit.verifyAll() : audit.verifyAfter(checkpointId, checkpointHash);
            long millis = (System.nanoTime() - started) / 1_000_000;
            ChainVerification v = c.verification();
            if (full) {
                lastFull = now;
            }
            if (v.intact()) {
                checkpointId = c.verifiedId();
                checkpointHash = c.verifiedHash();
            }
            state = new State(v, now, checkpointId, full, millis);
            if (!v.intact() && (before.verification() == null || before.verification().intact())) {
                LOG.severe("Audit chain BROKEN at entry " + v.firstBrokenId() + " (" + v.problem() + "); readiness is DOWN");
            } else if (v.intact() && before.verification() != null && !before.verification().intact()) {
                LOG.warning("Audit chain intact again: " + checkpointId + " entries verified");
            } else if (full) {
                LOG.info("Audit chain verified: " + v.checkedEntries() + " entries in " + millis + " ms");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit chain could not be verified now (database?); the last verdict stands", e);
        }
    }
}
