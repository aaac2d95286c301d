package org.zjcs.shared.export;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.storage.FileStorageService;

/**
 * Runs export jobs in the background on the server's {@link ManagedExecutorService}: claims the job (once, whatever
 * the number of servers), counts its rows up to {@code export.max-rows} + 1 (over the limit: TOO_LARGE, nothing
 * written), then reads the source in keyset batches of {@link #BATCH} rows — each batch a short read-only transaction
 * of the source — into an {@link XlsxWriter}, records the progress after each batch and stores the file under
 * {@code <data dir>/exports/}. Every {@code zjcs.export.sweep.seconds} (default 60) it starts queued jobs left behind
 * (a restart), fails jobs whose server stopped, and removes files past {@code export.keep-hours}.
 */
@ApplicationScoped
public class ExportRunner {

    public static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    private static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExportJobs jobs;

    @Inject
    jakarta.enterprise.inject.Instance<ExportSource> sources;

    @Inject
    SettingsService settings;

    @Inject
    FileStorageService storage;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zjcs.export.sweep.seconds", defaultValue = "60")
    long sweepSeconds;

    private ScheduledFuture<?> sweep;

    void start(@Observes SchemaReady ready) {
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, 20, Math.max(5, sweepSeconds), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Runs job {@code id} in the background (if no server has claimed it yet). */
    public void submit(long id) {
        executor.execute(() -> run(id));
    }

    /** The file of a stored export. */
    Path file(String storageKey) {
        return directory().resolve(storageKey).normalize();
    }

    private Path directory() {
        return storage.root().resolve("exports");
    }

    void run(long id) {
        try {
            if (!jobs.claim(id, SERVER)) {
                return;
            }
            produce(jobs.find(id));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export job " + id + " failed", e);
            try {
                jobs.end(id, ExportState.FAILED, "export.error.failed");
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not mark export job " + id + " failed", again);
            }
        }
    }

    private void produce(ExportJob job) {
        long id = job.getId();
        ExportSource source = null;
        for (ExportSource s : sources) {
            if (s.kind().equals(job.getKind())) {
                source = s;
            }
        }
        if (source == null) {
            jobs.end(id, ExportState.FAILED, "export.error.kind");
            return;
        }
        ExportParameters parameters = job.parameters();
        long max = Math.max(1, settings.intValue(ExportSettings.MAX_ROWS, ExportSettings.MAX_ROWS_DEFAULT));
        Locale locale = job.locale();
        List<String> headers = new ArrayList<>();
        for (ExportColumn c : source.columns()) {
            headers.add(Messages.text(locale, c.headerKey()));
        }
        Path dir = directory();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "export-", ".part");
            ExportProduction.Outcome outcome;
            try (XlsxWriter w = new XlsxWriter(Messages.text(locale, "export.kind." + job.getKind()), source.columns(),
                    headers, key -> Messages.text(locale, key), locale)) {
                outcome = ExportProduction.write(source, parameters, max, BATCH, w, n -> jobs.expected(id, n),
                        n -> jobs.progress(id, n));
                if (!outcome.tooLarge()) {
                    try (OutputStream out = Files.newOutputStream(tmp)) {
                        w.finish(out);
                    }
                }
            }
            if (outcome.tooLarge()) {
                jobs.end(id, ExportState.TOO_LARGE, "export.error.tooLarge");
                return;
            }
            long rows = outcome.rows();
            LocalDate day = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
            String key = String.format("%04d/%02d/%s.xlsx", day.getYear(), day.getMonthValue(), UUID.randomUUID());
            Path target = file(key);
            Files.createDirectories(target.getParent());
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            jobs.done(id, key, Files.size(target), rows);
            LOG.info(() -> "Export job " + id + " (" + job.getKind() + "): " + rows + " rows written");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Export job " + id + " could not be written under " + dir, e);
            jobs.end(id, ExportState.FAILED, "export.error.failed");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Could not remove " + tmp, e);
                }
            }
        }
    }

    void sweep() {
        try {
            for (Long id : jobs.queuedBefore(clock.instant().minusSeconds(30))) {
                run(id);
            }
            int stale = jobs.failStale(clock.instant().minus(Duration.ofHours(2)));
            if (stale > 0) {
                LOG.warning(() -> stale + " export jobs were running on a stopped server: failed");
            }
            for (ExportJob j : jobs.expired()) {
                try {
                    Files.deleteIfExists(file(j.getStorageKey()));
                    jobs.forget(j.getId());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not remove the expired export " + j.getStorageKey(), e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The export sweep failed; it runs again at the next interval", e);
        }
    }
}
