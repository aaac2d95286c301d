package org.zjcs.shared.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.zjcs.shared.event.ChangeRecorder;
import org.zjcs.shared.settings.SettingsService;

/**
 * The export jobs' table, each change in its own short transaction (the background run calls it between batches).
 * A job is claimed with one conditional UPDATE, so that with several servers it runs once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExportJobs {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    @Inject
    ChangeRecorder audit;

    /** Claims a queued job for {@code server}: true for exactly one caller. */
    public boolean claim(long id, String server) {
        return em.createQuery("UPDATE ExportJob j SET j.state = :running, j.startedAt = :now, j.claimedBy = :server, "
                        + "j.version = j.version + 1 WHERE j.id = :id AND j.state = :queued")
                .setParameter("running", ExportState.RUNNING).setParameter("queued", ExportState.QUEUED)
                .setParameter("now", clock.instant()).setParameter("server", server).setParameter("id", id)
                .executeUpdate() == 1;
    }

    public ExportJob find(long id) {
        return em.find(ExportJob.class, id);
    }

    public void expected(long id, long rows) {
        em.find(ExportJob.class, id).setRowsExpected(rows);
    }

    public void progress(long id, long rowsDone) {
        em.createQuery("UPDATE ExportJob j SET j.rowsDone = :n WHERE j.id = :id").setParameter("n", rowsDone)
                .setParameter("id", id).executeUpdate();
    }

    public void done(long id, String storageKey, long size, long rows) {
        ExportJob j = em.find(ExportJob.class, id);
        em.refresh(j);
        Instant now = clock.instant();
        j.moveTo(ExportState.DONE);
        j.setStorageKey(storageKey);
        j.setFileSize(size);
        j.setRowsDone(rows);
        j.setFinishedAt(now);
        j.setExpiresAt(now.plus(Duration.ofHours(Math.max(1, settings.intValue(ExportSettings.KEEP_HOURS,
                ExportSettings.KEEP_HOURS_DEFAULT)))));
    }

    /** Ends the job without a file: {@link ExportState#FAILED} or {@link ExportState#TOO_LARGE}, with the reason's key. */
    public void end(long id, ExportState state, String messageKey) {
        ExportJob j = em.find(ExportJob.class, id);
        em.refresh(j);
        j.moveTo(state);
        j.setMessageKey(messageKey);
        j.setFinishedAt(clock.instant());
        audit.record(state == ExportState.TOO_LARGE ? "EXPORT_TOO_LARGE" : "EXPORT_FAILED", "ExportJob",
                String.valueOf(id), Map.of("kind", j.getKind(), "reason", messageKey, "rowsDone", j.getRowsDone()));
    }

    /** Queued jobs created before {@code before} (left by a restart or a lost hand-over), oldest first. */
    public List<Long> queuedBefore(Instant before) {
        return em.createQuery("SELECT j.id FROM ExportJob j WHERE j.state = :queued AND j.createdAt < :before ORDER BY j.id",
                Long.class).setParameter("queued", ExportState.QUEUED).setParameter("before", before).setMaxResults(20)
                .getResultList();
    }

    /** Running jobs started before {@code before}: their server stopped; they are failed. */
    public int failStale(Instant before) {
        List<ExportJob> stale = em.createQuery("SELECT j FROM ExportJob j WHERE j.state = :running AND j.startedAt < :before",
                ExportJob.class).setParameter("running", ExportState.RUNNING).setParameter("before", before)
                .setMaxResults(50).getResultList();
        for (ExportJob j : stale) {
            j.moveTo(ExportState.FAILED);
            j.setMessageKey("export.error.interrupted");
            j.setFinishedAt(clock.instant());
        }
        return stale.size();
    }

    /** Finished jobs whose file has expired: the caller deletes the files, then {@link #forget}s them. */
    public List<ExportJob> expired() {
        return em.createQuery("SELECT j FROM ExportJob j WHERE j.expiresAt < :now AND j.storageKey IS NOT NULL",
                ExportJob.class).setParameter("now", clock.instant()).setMaxResults(100).getResultList();
    }

    public void forget(long id) {
        ExportJob j = em.find(ExportJob.class, id);
        j.setStorageKey(null);
        audit.record("EXPORT_EXPIRED", "ExportJob", String.valueOf(id), Map.of("kind", j.getKind()));
    }
}
