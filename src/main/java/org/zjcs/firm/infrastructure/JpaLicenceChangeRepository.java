package org.zjcs.firm.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.LicenceChange;
import org.zjcs.firm.domain.LicenceChangeRepository;

/** JPA implementation of {@link LicenceChangeRepository}. */
@ApplicationScoped
@Transactional
public class JpaLicenceChangeRepository implements LicenceChangeRepository {

    private static final String SUBMITTED = "org.zjcs.security.domain.RegistrationStatus.SUBMITTED";

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(LicenceChange change) {
        em.persist(change);
        em.flush();
    }

    @Override
    public Optional<LicenceChange> open(long firmId) {
        return em.createQuery("SELECT c FROM LicenceChange c WHERE c.firmId = :f AND c.review.status = " + SUBMITTED,
                LicenceChange.class).setParameter("f", firmId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<LicenceChange> latest(long firmId) {
        return em.createQuery("SELECT c FROM LicenceChange c WHERE c.firmId = :f ORDER BY c.id DESC", LicenceChange.class)
                .setParameter("f", firmId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<LicenceChange> awaitingReview() {
        return em.createQuery("SELECT c FROM LicenceChange c WHERE c.review.status = " + SUBMITTED
                + " ORDER BY c.review.submittedAt", LicenceChange.class).getResultList();
    }

    @Override
    public Optional<Long> changeOfFile(long fileId) {
        return em.createQuery("SELECT c.id FROM LicenceChange c WHERE c.newLicenceFileId = :f", Long.class)
                .setParameter("f", fileId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Firm> lockFirm(long firmId) {
        return Optional.ofNullable(em.find(Firm.class, firmId, LockModeType.PESSIMISTIC_WRITE));
    }
}
