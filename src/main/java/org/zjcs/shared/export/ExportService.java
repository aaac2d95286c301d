package org.zjcs.shared.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.event.ChangeRecorder;
import org.zjcs.shared.event.CurrentActor;

/**
 * Queues exports and hands their files to the one who asked. The source of the kind checks the caller's role and
 * scope ({@link ExportSource#authorize}); the job then runs in the background ({@link ExportRunner}). A job is seen
 * and downloaded only by its requester: for anyone else it does not exist ({@code export.error.notFound}, 404).
 * Audited: {@code EXPORT_REQUESTED}, {@code EXPORT_DOWNLOADED}.
 */
@ApplicationScoped
@Transactional
public class ExportService {

    /** Jobs per page of the user's list. */
    public static final int PAGE = 20;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    Instance<ExportSource> sources;

    @Inject
    CurrentActor actor;

    @Inject
    ChangeRecorder audit;

    @Inject
    Clock clock;

    @Inject
    ExportRunner runner;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** The source of {@code kind}, if any. */
    public Optional<ExportSource> source(String kind) {
        for (ExportSource s : sources) {
            if (s.kind().equals(kind)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Queues an export of {@code kind} with the list's filters; it starts once this transaction has committed.
     *
     * @throws DomainException {@code export.error.kind} (unknown kind), the source's refusals (login, role, scope,
     *         parameters)
     */
    public ExportJob request(String kind, Map<String, String> parameters, Locale locale) {
        ExportSource source = kind == null ? null : source(kind).orElse(null);
        if (source == null) {
            requester();
            throw new DomainException("export.error.kind");
        }
        ExportParameters scoped = source.authorize(ExportParameters.of(parameters));
        String requester = requester();
        if (scoped.format().length() > 2000) {
            throw new DomainException("export.error.parameters");
        }
        ExportJob job = new ExportJob(kind, scoped, requester, locale == null ? Locale.SIMPLIFIED_CHINESE : locale,
                clock.instant());
        em.persist(job);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("parameters", scoped.asMap());
        audit.record("EXPORT_REQUESTED", "ExportJob", String.valueOf(job.getId()), details);
        long id = job.getId();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    runner.submit(id);
                }
            }
        });
        return job;
    }

    /** The caller's own job. @throws DomainException {@code export.error.notFound} for anyone else's or an unknown id */
    public ExportJob mine(long id) {
        String requester = requester();
        ExportJob j = em.find(ExportJob.class, id);
        if (j == null || !j.getRequestedBy().equals(requester)) {
            throw new DomainException("export.error.notFound");
        }
        return j;
    }

    /** The caller's jobs, newest first, {@link #PAGE} (+1 to tell whether there are more) after job id {@code afterId}. */
    public List<ExportJob> mine(Long afterId) {
        String requester = requester();
        return em.createQuery("SELECT j FROM ExportJob j WHERE j.requestedBy = :r AND j.id < :after ORDER BY j.id DESC",
                ExportJob.class).setParameter("r", requester)
                .setParameter("after", afterId == null ? Long.MAX_VALUE : afterId).setMaxResults(PAGE + 1).getResultList();
    }

    /** A download: the file's name, size and content. */
    public record Download(String fileName, long size, InputStream content) {
    }

    /**
     * Opens the caller's finished file, audited as {@code EXPORT_DOWNLOADED}.
     *
     * @throws DomainException {@code export.error.notFound} (not the caller's), {@code export.error.notReady} (not
     *         DONE), {@code export.error.expired} (the file was removed after {@code export.keep-hours})
     */
    public Download download(long id) {
        ExportJob j = mine(id);
        if (j.getState() != ExportState.DONE) {
            throw new DomainException("export.error.notReady");
        }
        if (j.getStorageKey() == null) {
            throw new DomainException("export.error.expired");
        }
        InputStream in;
        try {
            in = Files.newInputStream(runner.file(j.getStorageKey()));
        } catch (NoSuchFileException e) {
            throw new DomainException("export.error.expired");
        } catch (IOException e) {
            throw new DomainException("upload.error.io");
        }
        audit.record("EXPORT_DOWNLOADED", "ExportJob", String.valueOf(id), Map.of("kind", j.getKind()));
        return new Download(j.fileName(), j.getFileSize() == null ? -1 : j.getFileSize(), in);
    }

    private String requester() {
        String name = actor.name();
        if (name == null || CurrentActor.SYSTEM.equals(name) || CurrentActor.ANONYMOUS.equals(name)) {
            throw new DomainException("security.error.loginRequired");
        }
        return name;
    }
}
