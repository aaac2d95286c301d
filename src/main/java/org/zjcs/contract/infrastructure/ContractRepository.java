package org.zjcs.contract.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.procurement.domain.NoticeStatus;

/** Persistence of contract versions. */
@ApplicationScoped
@Transactional
public class ContractRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(ContractVersion c) {
        em.persist(c);
        em.flush();
    }

    public Optional<ContractVersion> find(long id) {
        return Optional.ofNullable(em.find(ContractVersion.class, id));
    }

    public Optional<ContractVersion> lock(long id) {
        return Optional.ofNullable(em.find(ContractVersion.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Every version of the notice's contract, oldest first. */
    public List<ContractVersion> ofNotice(long noticeId) {
        return em.createNamedQuery("ContractVersion.ofNotice", ContractVersion.class).setParameter("notice", noticeId)
                .getResultList();
    }

    public void add(ContractExtension e) {
        em.persist(e);
        em.flush();
    }

    public Optional<ContractExtension> findExtension(long id) {
        return Optional.ofNullable(em.find(ContractExtension.class, id));
    }

    public Optional<ContractExtension> lockExtension(long id) {
        return Optional.ofNullable(em.find(ContractExtension.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Every service-period extension request of the notice, oldest first. */
    public List<ContractExtension> extensionsOf(long noticeId) {
        return em.createNamedQuery("ContractExtension.ofNotice", ContractExtension.class).setParameter("notice", noticeId)
                .getResultList();
    }

    /** The ids of the notices in a status (for the reminder scan). */
    public List<Long> noticesIn(NoticeStatus status) {
        return em.createQuery("SELECT n.id FROM Notice n WHERE n.status = :status ORDER BY n.id", Long.class)
                .setParameter("status", status).getResultList();
    }
}
