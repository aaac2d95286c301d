package org.zjcs.procurement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.domain.ApprovalCase;
import org.zjcs.procurement.domain.ApprovalCaseRepository;

/** Persistence of approval cases. */
@ApplicationScoped
@Transactional
public class JpaApprovalCaseRepository implements ApprovalCaseRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(ApprovalCase c) {
        em.persist(c);
        em.flush();
    }

    @Override
    public Optional<ApprovalCase> find(long id) {
        return Optional.ofNullable(em.find(ApprovalCase.class, id));
    }

    @Override
    public Optional<ApprovalCase> byNumber(String number) {
        return em.createNamedQuery("ApprovalCase.byNumber", ApprovalCase.class).setParameter("number", number)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<ApprovalCase> ofOwner(String creditCode) {
        return em.createNamedQuery("ApprovalCase.ofOwner", ApprovalCase.class).setParameter("code", creditCode).getResultList();
    }

    @Override
    public List<ApprovalCase> ofDepartment(long departmentId) {
        return em.createNamedQuery("ApprovalCase.ofDepartment", ApprovalCase.class).setParameter("department", departmentId)
                .getResultList();
    }

    /** The department's cases whose number or investment project code is exactly {@code text}. */
    @Override
    public List<ApprovalCase> ofDepartmentByNumberOrCode(long departmentId, String text) {
        return em.createQuery("SELECT c FROM ApprovalCase c WHERE c.departmentId = :department "
                        + "AND (c.caseNumber = :text OR c.projectCode = :text) ORDER BY c.registeredAt, c.id", ApprovalCase.class)
                .setParameter("department", departmentId).setParameter("text", text).getResultList();
    }

    /** The notices linked to a case (drafts left out), oldest first. */
    @Override
    public List<Long> noticeIdsOf(long caseId) {
        return em.createQuery("SELECT n.id FROM Notice n JOIN n.caseIds c WHERE c = :case "
                        + "AND n.status <> org.zjcs.procurement.domain.NoticeStatus.DRAFT ORDER BY n.id", Long.class)
                .setParameter("case", caseId).getResultList();
    }
}
