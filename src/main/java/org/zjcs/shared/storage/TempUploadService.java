package org.zjcs.shared.storage;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.db.SchemaReady;
import org.zjcs.shared.settings.SettingsService;

/**
 * The server's {@link TempUploads} under {@code <zjcs.data.dir>/tmp/uploads}, with the same size limit as stored files
 * (setting {@code upload.max-bytes}), and the sweep that deletes held files older than an hour, run every
 * {@code zjcs.uploads.sweep.seconds} (default ten minutes) on the managed scheduled executor.
 */
@ApplicationScoped
public class TempUploadService {

    private static final Logger LOG = Logger.getLogger(TempUploadService.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SettingsService settings;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zjcs.data.dir")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "zjcs.uploads.sweep.seconds", defaultValue = "600")
    long sweepSeconds;

    private volatile TempUploads uploads;
    private ScheduledFuture<?> task;

    void start(@Observes SchemaReady ready) {
        task = executor.scheduleWithFixedDelay(this::sweep, 60, Math.max(1, sweepSeconds), TimeUnit.SECONDS);
    }

    /** Checks and holds an upload (DomainException when refused: empty, type, size, no space: the storage reserve). */
    public TempUploads.Held hold(InputStream in, String originalName) {
        int max = settings.intValue(FileStorageService.MAX_BYTES, FileStorageService.DEFAULT_MAX_BYTES);
        long minFreeMb = Math.max(0, settings.intValue(FileStorageService.MIN_FREE_MB, FileStorageService.DEFAULT_MIN_FREE_MB));
        return uploads().hold(in, originalName, max < 1 ? FileStorageService.DEFAULT_MAX_BYTES : max,
                minFreeMb * 1024 * 1024);
    }

    public Optional<InputStream> open(String key) {
        return uploads().open(key);
    }

    public void release(String key) {
        uploads().release(key);
    }

    void sweep() {
        try {
            int n = uploads().sweep(TempUploads.MAX_AGE);
            if (n > 0) {
                LOG.info(() -> "Upload sweep: " + n + " held files older than " + TempUploads.MAX_AGE.toMinutes() + " minutes deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The upload sweep failed; it runs again at the next interval", e);
        }
    }

    private TempUploads uploads() {
        TempUploads u = uploads;
        if (u == null) {
            u = new TempUploads(FileStorageService.rootFrom(dataDir).resolve("tmp").resolve("uploads"), clock);
            uploads = u;
        }
        return u;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
