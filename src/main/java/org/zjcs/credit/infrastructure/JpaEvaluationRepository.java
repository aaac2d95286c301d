package org.zjcs.credit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.Evaluation;
import org.zjcs.credit.domain.EvaluationRepository;

/** JPA persistence of evaluations, approval staff's ratings and appeals. */
@ApplicationScoped
@Transactional
public class JpaEvaluationRepository implements EvaluationRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(Evaluation e) {
        persist(e);
    }

    @Override
    public void add(ApprovalRating r) {
        persist(r);
    }

    @Override
    public void add(Appeal a) {
        persist(a);
    }

    private void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public Optional<Evaluation> evaluation(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id));
    }

    @Override
    public Optional<Evaluation> lockEvaluation(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Evaluation> evaluationOfNotice(long noticeId) {
        return em.createNamedQuery("Evaluation.ofNotice", Evaluation.class).setParameter("notice", noticeId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Evaluation> ofOwner(long ownerId) {
        return em.createNamedQuery("Evaluation.ofOwner", Evaluation.class).setParameter("owner", ownerId).getResultList();
    }

    @Override
    public List<Evaluation> givenOfFirm(long firmId) {
        return em.createNamedQuery("Evaluation.givenOfFirm", Evaluation.class).setParameter("firm", firmId).getResultList();
    }

    /** Every evaluation not given yet, soonest due first. */
    @Override
    public List<Evaluation> open() {
        return em.createNamedQuery("Evaluation.open", Evaluation.class).getResultList();
    }

    @Override
    public Optional<ApprovalRating> rating(long id) {
        return Optional.ofNullable(em.find(ApprovalRating.class, id));
    }

    @Override
    public Optional<ApprovalRating> lockRating(long id) {
        return Optional.ofNullable(em.find(ApprovalRating.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<ApprovalRating> ratingOfCheck(long deliverableId, long departmentId) {
        return em.createNamedQuery("ApprovalRating.ofCheck", ApprovalRating.class).setParameter("deliverable", deliverableId)
                .setParameter("department", departmentId).getResultStream().findFirst();
    }

    @Override
    public List<ApprovalRating> ratingsOfNotice(long noticeId) {
        return em.createNamedQuery("ApprovalRating.ofNotice", ApprovalRating.class).setParameter("notice", noticeId)
                .getResultList();
    }

    @Override
    public Optional<Appeal> appeal(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id));
    }

    @Override
    public Optional<Appeal> lockAppeal(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Appeal> appealOf(long evaluationId) {
        return em.createNamedQuery("Appeal.ofEvaluation", Appeal.class).setParameter("evaluation", evaluationId)
                .getResultStream().findFirst();
    }

    /** Every appeal, newest first. */
    @Override
    public List<Appeal> appeals() {
        return em.createNamedQuery("Appeal.all", Appeal.class).getResultList();
    }

    @Override
    public List<Appeal> appealsOfFirm(long firmId) {
        return em.createNamedQuery("Appeal.ofFirm", Appeal.class).setParameter("firm", firmId).getResultList();
    }

    @Override
    public Map<String, Long> levelCounts(long firmId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(revised_level, overall_level), COUNT(*) FROM evaluation "
                + "WHERE firm_id = ? AND evaluated_at IS NOT NULL GROUP BY COALESCE(revised_level, overall_level)")
                .setParameter(1, firmId).getResultList();
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : rows) {
            out.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return out;
    }

    @Override
    public AspectAverages aspectAverages(long firmId) {
        Object[] avg = (Object[]) em.createNativeQuery("SELECT COUNT(*), AVG(quality), AVG(timeliness), AVG(attitude), AVG(fees), "
                + "AVG(conduct) FROM evaluation WHERE firm_id = ? AND evaluated_at IS NOT NULL").setParameter(1, firmId)
                .getSingleResult();
        return new AspectAverages(((Number) avg[0]).longValue(), dbl(avg[1]), dbl(avg[2]), dbl(avg[3]), dbl(avg[4]),
                dbl(avg[5]));
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
