package org.zjcs.owner.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.owner.domain.OwnerRepository;

/** JPA implementation of the domain repository: persistence of owner organisations and their review history. */
@ApplicationScoped
@Transactional
public class JpaOwnerRepository implements OwnerRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(OwnerUnit unit) {
        em.persist(unit);
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
    public Optional<Long> ownerOfCertificate(long fileId) {
        List<?> units = em.createNativeQuery("SELECT organisation_id FROM owner_unit WHERE certificate_file_id = ?")
                .setParameter(1, fileId).setMaxResults(1).getResultList();
        return units.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
