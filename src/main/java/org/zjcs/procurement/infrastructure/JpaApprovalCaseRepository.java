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

    @Override
    public List<ApprovalCase> page(String numberPrefix, org.zjcs.shared.paging.KeysetCursor cursor, boolean backwards,
                                   int limit) {
        boolean byNumber = numberPrefix != null && !numberPrefix.isBlank();
        StringBuilder jpql = new StringBuilder("SELECT c FROM ApprovalCase c WHERE 1 = 1");
        if (byNumber) {
            jpql.append(" AND c.caseNumber LIKE :prefix ESCAPE '!'");
        }
        if (cursor != null) {
            // number order ascending; newest first is id descending
            jpql.append(byNumber ? (backwards ? " AND c.caseNumber < :key" : " AND c.caseNumber > :key")
                    : (backwards ? " AND c.id > :id" : " AND c.id < :id"));
        }
        jpql.append(byNumber ? (backwards ? " ORDER BY c.caseNumber DESC" : " ORDER BY c.caseNumber ASC")
                : (backwards ? " ORDER BY c.id ASC" : " ORDER BY c.id DESC"));
        var q = em.createQuery(jpql.toString(), ApprovalCase.class).setMaxResults(limit);
        if (byNumber) {
            q.setParameter("prefix", numberPrefix.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (cursor != null) {
            if (byNumber) {
                q.setParameter("key", cursor.key());
            } else {
                q.setParameter("id", cursor.id());
            }
        }
        List<ApprovalCase> rows = new java.util.ArrayList<>(q.getResultList());
        if (backwards) {
            java.util.Collections.reverse(rows);
        }
        return rows;
    }
}
