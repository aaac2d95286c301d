package org.zjcs.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.delivery.domain.Deliverable;

/** Persistence of deliverable versions (their files and checks come with them). */
@ApplicationScoped
@Transactional
public class DeliverableRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(Deliverable d) {
        em.persist(d);
        em.flush();
    }

    public Optional<Deliverable> find(long id) {
        return Optional.ofNullable(em.find(Deliverable.class, id));
    }

    public Optional<Deliverable> lock(long id) {
        return Optional.ofNullable(em.find(Deliverable.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Every version of the notice's deliverable, oldest first. */
    public List<Deliverable> ofNotice(long noticeId) {
        return em.createNamedQuery("Deliverable.ofNotice", Deliverable.class).setParameter("notice", noticeId)
                .getResultList();
    }

    /** The version a stored file belongs to. */
    public Optional<Deliverable> ofFile(long storedFileId) {
        return em.createQuery("SELECT d FROM Deliverable d JOIN d.files f WHERE f.fileId = :file", Deliverable.class)
                .setParameter("file", storedFileId).getResultStream().findFirst();
    }
}
