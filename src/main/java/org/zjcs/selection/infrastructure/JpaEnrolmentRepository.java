package org.zjcs.selection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.selection.domain.Enrolment;
import org.zjcs.selection.domain.EnrolmentRepository;

/** JPA implementation of {@link EnrolmentRepository}. */
@ApplicationScoped
@Transactional
public class JpaEnrolmentRepository implements EnrolmentRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void flush() {
        em.flush();
    }

    /** The notice's enrolments with these tags, locked for update until the transaction ends, by tag (one query). */
    @Override
    public Map<String, Enrolment> lockByTags(long noticeId, Collection<String> tags) {
        Map<String, Enrolment> out = new HashMap<>();
        if (tags.isEmpty()) {
            return out;
        }
        em.createNamedQuery("Enrolment.byTags", Enrolment.class).setParameter("notice", noticeId)
                .setParameter("tags", List.copyOf(tags)).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(e -> out.put(e.getFirmTag(), e));
        return out;
    }

    /** Persists the entities and flushes once (inserts and the pending updates of the transaction). */
    @Override
    public void persistAll(List<?> entities) {
        entities.forEach(em::persist);
        em.flush();
    }

    @Override
    public Optional<Enrolment> byTag(long noticeId, String tag) {
        return em.createNamedQuery("Enrolment.byTag", Enrolment.class).setParameter("notice", noticeId)
                .setParameter("tag", tag).getResultStream().findFirst();
    }

    @Override
    public long countActive(long noticeId) {
        return em.createNamedQuery("Enrolment.countActive", Long.class).setParameter("notice", noticeId).getSingleResult();
    }

    /** The receipt hashes of every submission on the notice (the ledger), in the order they were stored. */
    @Override
    public List<String> ledger(long noticeId) {
        return em.createQuery("SELECT s.receiptHash FROM EnrolmentSubmission s, Enrolment e WHERE s.enrolmentId = e.id "
                + "AND e.noticeId = :notice ORDER BY s.id", String.class).setParameter("notice", noticeId).getResultList();
    }

    @Override
    public List<Enrolment> ofNotice(long noticeId) {
        return em.createNamedQuery("Enrolment.ofNotice", Enrolment.class).setParameter("notice", noticeId).getResultList();
    }

    /**
     * Holds a shared lock on the notice row until the transaction ends and returns its status and deadline: submissions
     * run side by side, while closing the notice (which locks the row for update) waits until they have committed, so
     * nothing is stored after the notice closed, and a correction cannot change the terms under a submission. False
     * for an unknown notice.
     */
    @Override
    public boolean shareLockNotice(long noticeId) {
        return !em.createNativeQuery("SELECT id FROM notice WHERE id = ? LOCK IN SHARE MODE").setParameter(1, noticeId)
                .getResultList().isEmpty();
    }
}
