package org.zjcs.supervision.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.zjcs.supervision.domain.Complaint;
import org.zjcs.supervision.domain.ComplaintRepository;
import org.zjcs.supervision.domain.ComplaintStatus;

/**
 * JPA implementation of {@link ComplaintRepository}. The lists read by the indexes {@code (reporter_org_id, id)} and
 * {@code complaint_route (regulator_org_id, complaint_id)}: one page, no COUNT.
 */
@ApplicationScoped
@Transactional
public class JpaComplaintRepository implements ComplaintRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Complaint c) {
        em.persist(c);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Complaint> find(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    @Override
    public Optional<Complaint> lock(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean complainedAbout(long objectionId) {
        return !em.createQuery("SELECT c.id FROM Complaint c WHERE c.objectionId = :o", Long.class)
                .setParameter("o", objectionId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean evidenceRoutedTo(long storedFileId, long regulatorOrgId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM complaint_evidence e JOIN complaint_route r "
                        + "ON r.complaint_id = e.complaint_id WHERE e.file_id = ? AND r.regulator_org_id = ?")
                .setParameter(1, storedFileId).setParameter(2, regulatorOrgId).getSingleResult()).longValue() > 0;
    }

    @Override
    public List<Complaint> ofReporter(long reporterOrgId, Long cursorId, boolean backwards, int limit) {
        String jpql = "SELECT c FROM Complaint c WHERE c.reporterOrgId = :org" + cursor(cursorId, backwards)
                + order(backwards);
        TypedQuery<Complaint> q = em.createQuery(jpql, Complaint.class).setParameter("org", reporterOrgId);
        return page(q, cursorId, backwards, limit);
    }

    @Override
    public List<Complaint> routedTo(long regulatorOrgId, boolean openOnly, Long cursorId, boolean backwards, int limit) {
        String jpql = "SELECT c FROM Complaint c JOIN c.regulators r WHERE r = :org"
                + (openOnly ? " AND c.status IN :open" : "") + cursor(cursorId, backwards) + order(backwards);
        TypedQuery<Complaint> q = em.createQuery(jpql, Complaint.class).setParameter("org", regulatorOrgId);
        if (openOnly) {
            q.setParameter("open", List.of(ComplaintStatus.SUBMITTED, ComplaintStatus.UNDER_REVIEW));
        }
        return page(q, cursorId, backwards, limit);
    }

    private static String cursor(Long cursorId, boolean backwards) {
        return cursorId == null ? "" : backwards ? " AND c.id > :cursor" : " AND c.id < :cursor";
    }

    private static String order(boolean backwards) {
        return backwards ? " ORDER BY c.id ASC" : " ORDER BY c.id DESC";
    }

    private static List<Complaint> page(TypedQuery<Complaint> q, Long cursorId, boolean backwards, int limit) {
        if (cursorId != null) {
            q.setParameter("cursor", cursorId);
        }
        List<Complaint> rows = new ArrayList<>(q.setMaxResults(limit).getResultList());
        if (backwards) {
            Collections.reverse(rows); // always in list order: newest first
        }
        return rows;
    }
}
