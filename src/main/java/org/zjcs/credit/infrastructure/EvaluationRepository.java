package org.zjcs.credit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.ApprovalRating;
import org.zjcs.credit.domain.Evaluation;

/** Persistence of evaluations, approval staff's ratings and appeals. */
@ApplicationScoped
@Transactional
public class EvaluationRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public Optional<Evaluation> evaluation(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id));
    }

    public Optional<Evaluation> lockEvaluation(long id) {
        return Optional.ofNullable(em.find(Evaluation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Evaluation> evaluationOfNotice(long noticeId) {
        return em.createNamedQuery("Evaluation.ofNotice", Evaluation.class).setParameter("notice", noticeId)
                .getResultStream().findFirst();
    }

    public List<Evaluation> ofOwner(long ownerId) {
        return em.createNamedQuery("Evaluation.ofOwner", Evaluation.class).setParameter("owner", ownerId).getResultList();
    }

    public List<Evaluation> givenOfFirm(long firmId) {
        return em.createNamedQuery("Evaluation.givenOfFirm", Evaluation.class).setParameter("firm", firmId).getResultList();
    }

    /** Every evaluation not given yet, soonest due first. */
    public List<Evaluation> open() {
        return em.createNamedQuery("Evaluation.open", Evaluation.class).getResultList();
    }

    public Optional<ApprovalRating> rating(long id) {
        return Optional.ofNullable(em.find(ApprovalRating.class, id));
    }

    public Optional<ApprovalRating> lockRating(long id) {
        return Optional.ofNullable(em.find(ApprovalRating.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<ApprovalRating> ratingOfCheck(long deliverableId, long departmentId) {
        return em.createNamedQuery("ApprovalRating.ofCheck", ApprovalRating.class).setParameter("deliverable", deliverableId)
                .setParameter("department", departmentId).getResultStream().findFirst();
    }

    public List<ApprovalRating> ratingsOfNotice(long noticeId) {
        return em.createNamedQuery("ApprovalRating.ofNotice", ApprovalRating.class).setParameter("notice", noticeId)
                .getResultList();
    }

    public Optional<Appeal> appeal(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id));
    }

    public Optional<Appeal> lockAppeal(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Appeal> appealOf(long evaluationId) {
        return em.createNamedQuery("Appeal.ofEvaluation", Appeal.class).setParameter("evaluation", evaluationId)
                .getResultStream().findFirst();
    }

    /** Every appeal, newest first. */
    public List<Appeal> appeals() {
        return em.createNamedQuery("Appeal.all", Appeal.class).getResultList();
    }

    public List<Appeal> appealsOfFirm(long firmId) {
        return em.createNamedQuery("Appeal.ofFirm", Appeal.class).setParameter("firm", firmId).getResultList();
    }

    /** The number of a firm's given evaluations per level that counts (the revised one, else the one given). */
    public List<Object[]> levelCounts(long firmId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(revised_level, overall_level), COUNT(*) FROM evaluation "
                + "WHERE firm_id = ? AND evaluated_at IS NOT NULL GROUP BY COALESCE(revised_level, overall_level)")
                .setParameter(1, firmId).getResultList();
        return rows;
    }

    /** {count, avg quality, avg timeliness, avg attitude, avg fees, avg conduct} of a firm's given evaluations. */
    public Object[] aspectAverages(long firmId) {
        return (Object[]) em.createNativeQuery("SELECT COUNT(*), AVG(quality), AVG(timeliness), AVG(attitude), AVG(fees), "
                + "AVG(conduct) FROM evaluation WHERE firm_id = ? AND evaluated_at IS NOT NULL").setParameter(1, firmId)
                .getSingleResult();
    }
}
