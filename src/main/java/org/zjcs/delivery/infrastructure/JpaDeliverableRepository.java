package org.zjcs.delivery.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableHistory;
import org.zjcs.delivery.domain.DeliverableRepository;

/** JPA persistence of the deliverables: the aggregate is read from its version rows (files and checks come with them). */
@ApplicationScoped
@Transactional
public class JpaDeliverableRepository implements DeliverableRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public DeliverableHistory lock(long noticeId) {
        return new DeliverableHistory(noticeId, em.createNamedQuery("Deliverable.ofNotice", Deliverable.class)
                .setParameter("notice", noticeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    @Override
    public void add(Deliverable d) {
        em.persist(d);
        em.flush();
    }

    @Override
    public Optional<Deliverable> find(long id) {
        return Optional.ofNullable(em.find(Deliverable.class, id));
    }

    @Override
    public List<Deliverable> ofNotice(long noticeId) {
        return em.createNamedQuery("Deliverable.ofNotice", Deliverable.class).setParameter("notice", noticeId)
                .getResultList();
    }

    @Override
    public Optional<Deliverable> ofFile(long storedFileId) {
        return em.createQuery("SELECT d FROM Deliverable d JOIN d.files f WHERE f.fileId = :file", Deliverable.class)
                .setParameter("file", storedFileId).getResultStream().findFirst();
    }
}
