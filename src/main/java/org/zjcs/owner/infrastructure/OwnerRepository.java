package org.zjcs.owner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.owner.domain.OwnerReviewEvent;
import org.zjcs.owner.domain.OwnerUnit;

/** Persistence of owner organisations and their review history. */
@ApplicationScoped
@Transactional
public class OwnerRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<OwnerUnit> find(long organisationId) {
        return Optional.ofNullable(em.find(OwnerUnit.class, organisationId));
    }

    public List<OwnerUnit> awaitingReview() {
        return em.createNamedQuery("OwnerUnit.awaitingReview", OwnerUnit.class).getResultList();
    }

    public List<OwnerReviewEvent> history(long organisationId) {
        return em.createNamedQuery("OwnerReviewEvent.ofOwner", OwnerReviewEvent.class).setParameter("owner", organisationId)
                .getResultList();
    }
}
