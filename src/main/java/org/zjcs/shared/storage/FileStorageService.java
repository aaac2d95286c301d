package org.zjcs.shared.storage;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.event.ChangeRecorder;
import org.zjcs.shared.event.CurrentActor;
import org.zjcs.shared.settings.SettingsService;

/**
 * Stores uploaded files for every context (firm materials, qualification scans, contracts, deliverables): checks size
 * and type, writes the file outside the web root and records it in {@code stored_file}, audited as
 * {@code FILE_STORED}. Who may read a file is decided by the context that owns it, not here.
 *
 * <p>The storage root is the MicroProfile Config property {@code zjcs.data.dir} (environment {@code ZJCS_DATA_DIR});
 * default {@code ${user.home}/zjcs-data}. Files go to {@code <root>/files/<yyyy>/<mm>/<uuid>.<ext>}.
 */
@ApplicationScoped
@Transactional
public class FileStorageService {

    /** Setting: the largest upload in bytes. */
    public static final String MAX_BYTES = "upload.max-bytes";
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    /**
     * Setting: the space in MB to keep free in the storage directory's file system; an upload that would leave less
     * is refused with {@code upload.error.noSpace} (docs/operations.md, "Storage reserve"). 0 switches the check off.
     */
    public static final String MIN_FREE_MB = "storage.min-free-mb";
    public static final int DEFAULT_MIN_FREE_MB = 100;

    private static final Logger LOG = Logger.getLogger(FileStorageService.class.getName());
    private static final Pattern PURPOSE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
    private static final int ACTOR_LENGTH = 100;

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Inject
    SettingsService settings;

    @Inject
    ChangeRecorder changes;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "zjcs.data.dir")
    Optional<String> dataDir;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Package-private for tests (a store whose writes fail). */
    volatile FileStore files;

    /** The configured storage root (absolute). */
    public Path root() {
        return files().root();
    }

    /** As {@link #store(InputStream, String, String, Long)} without an owner organisation. */
    @Transactional
    public StoredFile store(InputStream in, String originalName, String purpose) {
        return store(in, originalName, purpose, null);
    }

    /**
     * Stores an upload. Joins the caller's transaction: if that transaction rolls back, the file is removed again.
     *
     * @param originalName the name the uploader gave; kept only as display text
     * @param purpose what the file is for, an upper-case code such as {@code BUSINESS_LICENCE} (at most 32 characters)
     * @throws DomainException {@code upload.error.empty}, {@code upload.error.type}, {@code upload.error.size} (argument:
     *         the limit in MB), {@code upload.error.noSpace} (the storage reserve would be used, or the disk is full) or
     *         {@code upload.error.io}; in every case no row and no file are left
     */
    @Transactional
    public StoredFile store(InputStream in, String originalName, String purpose, Long ownerOrganisationId) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("purpose must be an upper-case code of at most 32 characters: " + purpose);
        }
        int maxBytes = settings.intValue(MAX_BYTES, DEFAULT_MAX_BYTES);
        if (maxBytes < 1) {
            maxBytes = DEFAULT_MAX_BYTES;
        }
        long minFreeMb = Math.max(0, settings.intValue(MIN_FREE_MB, DEFAULT_MIN_FREE_MB));
        Instant now = clock.instant();
        FileStore store = files();
        FileStore.Written written;
        try {
            written = store.write(in, maxBytes, minFreeMb * 1024 * 1024, now);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not write an upload under " + store.root(), e);
            if (FileStore.isNoSpace(e)) {
                DomainException full = new DomainException("upload.error.noSpace");
                full.initCause(e);
                throw full;
            }
            throw ioError(e);
        } catch (DomainException e) {
            if ("upload.error.noSpace".equals(e.messageKey())) {
                LOG.warning("Upload refused: less than " + minFreeMb + " MB would stay free under " + store.root()
                        + " (setting " + MIN_FREE_MB + ")");
            }
            throw e;
        }
        String key = written.storageKey();
        try {
            // The file is on disk before the row is in the database. If the insert, the audit entry or anything
            // later in this transaction (which may be the caller's) fails, the transaction rolls back and the row
            // disappears, but a file is not transactional. This synchronization, called by the transaction manager
            // after commit or rollback, deletes the file unless the transaction committed, so no file is left
            // without its row. (The reverse, a row without its file, needs a crash between the two and is found by
            // comparing the table with the directory.)
            transactions.registerInterposedSynchronization(new DeleteUnlessCommitted(store, key));
        } catch (RuntimeException e) {
            deleteQuietly(store, key);
            throw e;
        }
        String name = FileNames.displayName(originalName);
        String by = actor.name();
        if (by.length() > ACTOR_LENGTH) {
            by = by.substring(0, ACTOR_LENGTH);
        }
        StoredFile f = new StoredFile(key, written.sha256(), written.size(), written.type(), name, purpose, by, now,
                ownerOrganisationId);
        em.persist(f);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sha256", written.sha256());
        details.put("size", written.size());
        details.put("type", written.type().name());
        details.put("purpose", purpose);
        changes.record("FILE_STORED", "StoredFile", String.valueOf(f.getId()), details);
        return f;
    }

    /**
     * Stores each upload in the caller's transaction and closes its stream; a refused one (type, size) throws, and the
     * rollback removes the rows and files of the others too.
     */
    @Transactional
    public List<FileRef> storeAll(List<Upload> uploads, String purpose, Long ownerOrganisationId) {
        List<FileRef> stored = new ArrayList<>();
        for (Upload u : uploads) {
            try (InputStream in = u.content()) {
                stored.add(FileRef.of(store(in, u.fileName(), purpose, ownerOrganisationId)));
            } catch (IOException e) {
                // closing after the file is stored: nothing lost
            }
        }
        return stored;
    }

    public Optional<StoredFile> find(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /**
     * Opens a stored file's content; the caller closes the stream. The path is checked to stay inside the storage
     * root.
     *
     * @throws DomainException {@code upload.error.io} when the file cannot be read (e.g. it is missing)
     */
    public InputStream open(StoredFile f) {
        FileStore store = files();
        try {
            return store.open(f.getStorageKey());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not read stored file " + f.getId() + " (" + f.getStorageKey() + ")", e);
            throw ioError(e);
        }
    }

    private FileStore files() {
        FileStore f = files;
        if (f == null) {
            f = new FileStore(rootFrom(dataDir));
            files = f;
        }
        return f;
    }

    /** The storage root for a configured zjcs.data.dir, or ~/zjcs-data when none is configured. */
    public static Path rootFrom(Optional<String> dataDir) {
        return Path.of(dataDir.filter(d -> !d.isBlank())
                .orElseGet(() -> Path.of(System.getProperty("user.home"), "zjcs-data").toString()));
    }

    private static DomainException ioError(IOException cause) {
        DomainException e = new DomainException("upload.error.io");
        e.initCause(cause);
        return e;
    }

    private static void deleteQuietly(FileStore store, String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the orphaned upload " + key, e);
        }
    }

    /** Deletes the file written in a transaction unless that transaction committed. */
    private static final class DeleteUnlessCommitted implements Synchronization {

        private final FileStore store;
        private final String key;

        DeleteUnlessCommitted(FileStore store, String key) {
            this.store = store;
            this.key = key;
        }

        @Override
        public void beforeCompletion() {
            // nothing to do before the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                deleteQuietly(store, key);
            }
        }
    }
}
