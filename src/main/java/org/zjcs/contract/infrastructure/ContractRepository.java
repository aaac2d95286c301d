package org.zjcs.contract.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.contract.domain.ContractVersion;

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
}
