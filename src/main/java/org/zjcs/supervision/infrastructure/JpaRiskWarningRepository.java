package org.zjcs.supervision.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.zjcs.supervision.domain.RiskWarning;
import org.zjcs.supervision.domain.RiskWarningRepository;
import org.zjcs.supervision.domain.RiskWarningState;
import org.zjcs.supervision.domain.risk.RiskRule;
import org.zjcs.supervision.domain.risk.SubjectKind;

/** Persistence of risk warnings; the list reads the indexes (found_at, id), (state, found_at, id), (rule, state, …). */
@ApplicationScoped
@Transactional
public class JpaRiskWarningRepository implements RiskWarningRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(RiskWarning w) {
        em.persist(w);
        em.flush();
    }

    @Override
    public Optional<RiskWarning> find(long id) {
        return Optional.ofNullable(em.find(RiskWarning.class, id));
    }

    @Override
    public Optional<RiskWarning> openByKey(String openKey) {
        return em.createQuery("SELECT w FROM RiskWarning w WHERE w.openKey = :k", RiskWarning.class)
                .setParameter("k", openKey).getResultList().stream().findFirst();
    }

    @Override
    public Optional<RiskWarning> latestChecked(RiskRule rule, SubjectKind kind, String subjectKey) {
        return em.createQuery("SELECT w FROM RiskWarning w WHERE w.rule = :r AND w.subjectKind = :k AND w.subjectKey = :s "
                        + "AND w.state = :checked ORDER BY w.checkedAt DESC, w.id DESC", RiskWarning.class)
                .setParameter("r", rule).setParameter("k", kind).setParameter("s", subjectKey)
                .setParameter("checked", RiskWarningState.CHECKED).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public List<RiskWarning> page(RiskRule rule, RiskWarningState state, Long atMicros, Long id, boolean backwards,
                                  int limit) {
        StringBuilder q = new StringBuilder("SELECT w FROM RiskWarning w WHERE 1 = 1");
        if (rule != null) {
            q.append(" AND w.rule = :rule");
        }
        if (state != null) {
            q.append(" AND w.state = :state");
        }
        if (atMicros != null) {
            q.append(backwards ? " AND (w.foundAt > :at OR (w.foundAt = :at AND w.id > :id))"
                    : " AND (w.foundAt < :at OR (w.foundAt = :at AND w.id < :id))");
        }
        q.append(backwards ? " ORDER BY w.foundAt ASC, w.id ASC" : " ORDER BY w.foundAt DESC, w.id DESC");
        TypedQuery<RiskWarning> tq = em.createQuery(q.toString(), RiskWarning.class).setMaxResults(limit);
        if (rule != null) {
            tq.setParameter("rule", rule);
        }
        if (state != null) {
            tq.setParameter("state", state);
        }
        if (atMicros != null) {
            tq.setParameter("at", Instant.EPOCH.plus(atMicros, ChronoUnit.MICROS)).setParameter("id", id);
        }
        List<RiskWarning> rows = new ArrayList<>(tq.getResultList());
        if (backwards) {
            Collections.reverse(rows);
        }
        return rows;
    }

    @Override
    public long countUpTo(RiskRule rule, RiskWarningState state, long limit) {
        StringBuilder q = new StringBuilder("SELECT COUNT(*) FROM (SELECT w.id FROM risk_warning w WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (rule != null) {
            q.append(" AND w.rule_code = ?");
            params.add(rule.name());
        }
        if (state != null) {
            q.append(" AND w.state = ?");
            params.add(state.name());
        }
        q.append(" LIMIT ").append(Math.max(0, limit)).append(") x");
        jakarta.persistence.Query nq = em.createNativeQuery(q.toString());
        for (int i = 0; i < params.size(); i++) {
            nq.setParameter(i + 1, params.get(i));
        }
        return ((Number) nq.getSingleResult()).longValue();
    }
}
