package org.zjcs.owner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.owner.domain.OwnerReviewEvent;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.owner.domain.OwnerRepository;

/** JPA implementation of the domain repository: persistence of owner organisations and their review history. */
@ApplicationScoped
@Transactional
public class JpaOwnerRepository implements OwnerRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<OwnerUnit> find(long organisationId) {
        return Optional.ofNullable(em.find(OwnerUnit.class, organisationId));
    }

    @Override
    public List<OwnerUnit> awaitingReview() {
        return em.createNamedQuery("OwnerUnit.awaitingReview", OwnerUnit.class).getResultList();
    }

    @Override
    public List<OwnerReviewEvent> history(long organisationId) {
        return em.createNamedQuery("OwnerReviewEvent.ofOwner", OwnerReviewEvent.class).setParameter("owner", organisationId)
                .getResultList();
    }
}
