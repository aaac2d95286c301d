package org.zjcs.contract.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.contract.domain.Contract;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractRepository;
import org.zjcs.contract.domain.ContractVersion;

/** JPA persistence of the contracts: the aggregate is read from its version and extension rows. */
@ApplicationScoped
@Transactional
public class JpaContractRepository implements ContractRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public Contract of(long noticeId) {
        return new Contract(noticeId, ofNotice(noticeId), extensionsOf(noticeId));
    }

    @Override
    public Contract lock(long noticeId) {
        List<ContractVersion> versions = em.createNamedQuery("ContractVersion.ofNotice", ContractVersion.class)
                .setParameter("notice", noticeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<ContractExtension> extensions = em.createNamedQuery("ContractExtension.ofNotice", ContractExtension.class)
                .setParameter("notice", noticeId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return new Contract(noticeId, versions, extensions);
    }

    @Override
    public void add(ContractVersion c) {
        em.persist(c);
        em.flush();
    }

    @Override
    public void add(ContractExtension e) {
        em.persist(e);
        em.flush();
    }

    @Override
    public Optional<ContractVersion> find(long id) {
        return Optional.ofNullable(em.find(ContractVersion.class, id));
    }

    @Override
    public Optional<ContractExtension> findExtension(long id) {
        return Optional.ofNullable(em.find(ContractExtension.class, id));
    }

    @Override
    public List<ContractVersion> ofNotice(long noticeId) {
        return em.createNamedQuery("ContractVersion.ofNotice", ContractVersion.class).setParameter("notice", noticeId)
                .getResultList();
    }

    @Override
    public List<ContractExtension> extensionsOf(long noticeId) {
        return em.createNamedQuery("ContractExtension.ofNotice", ContractExtension.class).setParameter("notice", noticeId)
                .getResultList();
    }

    @Override
    public List<OwnerLateCount> ownerLateCounts(Instant from, Instant to) {
        return em.createQuery("SELECT n.ownerId, o.name, COUNT(c) FROM ContractVersion c, Notice n, Organisation o "
                        + "WHERE c.ownerLate = TRUE AND c.exchange.answeredAt >= :from AND c.exchange.answeredAt < :to "
                        + "AND n.id = c.noticeId AND o.id = n.ownerId "
                        + "GROUP BY n.ownerId, o.name ORDER BY COUNT(c) DESC, n.ownerId", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new OwnerLateCount(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
