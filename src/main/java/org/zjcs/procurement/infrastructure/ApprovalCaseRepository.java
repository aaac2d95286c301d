package org.zjcs.procurement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.ApprovalCase;

/** Persistence of approval cases. */
@ApplicationScoped
@Transactional
public class ApprovalCaseRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(ApprovalCase c) {
        em.persist(c);
        em.flush();
    }

    public Optional<ApprovalCase> find(long id) {
        return Optional.ofNullable(em.find(ApprovalCase.class, id));
    }

    public Optional<ApprovalCase> byNumber(String number) {
        return em.createNamedQuery("ApprovalCase.byNumber", ApprovalCase.class).setParameter("number", number)
                .getResultList().stream().findFirst();
    }

    public List<ApprovalCase> ofOwner(String creditCode) {
        return em.createNamedQuery("ApprovalCase.ofOwner", ApprovalCase.class).setParameter("code", creditCode).getResultList();
    }

    public List<ApprovalCase> ofDepartment(long departmentId) {
        return em.createNamedQuery("ApprovalCase.ofDepartment", ApprovalCase.class).setParameter("department", departmentId)
                .getResultList();
    }
}
