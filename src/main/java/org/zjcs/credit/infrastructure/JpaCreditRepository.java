package org.zjcs.credit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.credit.domain.CreditCode;
import org.zjcs.credit.domain.CreditEvent;
import org.zjcs.credit.domain.CreditRepository;
import org.zjcs.credit.domain.CreditRuleVersion;
import org.zjcs.credit.domain.CreditSource;

/** JPA persistence of the credit rule versions, the credit events and each firm's cached sum of points. */
@ApplicationScoped
@Transactional
public class JpaCreditRepository implements CreditRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public void add(CreditEvent e) {
        em.persist(e);
        em.flush();
    }

    @Override
    public void add(CreditRuleVersion v) {
        em.persist(v);
        em.flush();
    }

    @Override
    public Optional<CreditEvent> find(long id) {
        return Optional.ofNullable(em.find(CreditEvent.class, id));
    }

    @Override
    public Optional<CreditEvent> fact(long firmId, CreditCode code, CreditSource source, String sourceId) {
        return em.createNamedQuery("CreditEvent.fact", CreditEvent.class).setParameter("firm", firmId)
                .setParameter("code", code).setParameter("source", source).setParameter("sourceId", sourceId)
                .getResultStream().findFirst();
    }

    /** Every event of a firm, oldest first. */
    @Override
    public List<CreditEvent> ofFirm(long firmId) {
        return em.createNamedQuery("CreditEvent.ofFirm", CreditEvent.class).setParameter("firm", firmId).getResultList();
    }

    /** The events recorded from one source object (e.g. an evaluation), oldest first. */
    @Override
    public List<CreditEvent> ofSource(CreditSource source, String sourceId) {
        return em.createNamedQuery("CreditEvent.ofSource", CreditEvent.class).setParameter("source", source)
                .setParameter("sourceId", sourceId).getResultList();
    }

    /** Every rule version, newest first. */
    @Override
    public List<CreditRuleVersion> versions() {
        return em.createNamedQuery("CreditRuleVersion.all", CreditRuleVersion.class).getResultList();
    }

    /** The version in force at {@code at}: the newest one effective from then or earlier. */
    @Override
    public Optional<CreditRuleVersion> inForce(Instant at) {
        return em.createNamedQuery("CreditRuleVersion.inForce", CreditRuleVersion.class).setParameter("at", at)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<CreditRuleVersion> version(long id) {
        return Optional.ofNullable(em.find(CreditRuleVersion.class, id));
    }

    /** Adds an event's points to the firm's cached sum (the row is created on the first event; locked till commit). */
    @Override
    public void addToTotals(long firmId, int points, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC); // DATETIME(6) in UTC, as InstantConverter
        em.createNativeQuery("INSERT INTO firm_credit (firm_id, points_total, events, updated_at) VALUES (?, 0, 0, ?) "
                + "ON DUPLICATE KEY UPDATE firm_id = firm_id").setParameter(1, firmId).setParameter(2, at).executeUpdate();
        em.createNativeQuery("UPDATE firm_credit SET points_total = points_total + ?, events = events + 1, updated_at = ? "
                + "WHERE firm_id = ?").setParameter(1, points).setParameter(2, at).setParameter(3, firmId).executeUpdate();
    }

    /** The cached sums of the given firms (firms without events are missing from the map). */
    @Override
    public Map<Long, Totals> totals(Collection<Long> firmIds) {
        Map<Long, Totals> out = new HashMap<>();
        if (firmIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT firm_id, points_total, events FROM firm_credit WHERE firm_id IN ("
                + String.join(",", firmIds.stream().map(String::valueOf).toList()) + ")").getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new Totals(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return out;
    }

    /** Every cached sum. */
    @Override
    public Map<Long, Totals> allTotals() {
        Map<Long, Totals> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT firm_id, points_total, events FROM firm_credit").getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new Totals(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return out;
    }

    /** The sums recomputed from the events themselves, per firm. */
    @Override
    public Map<Long, Totals> totalsFromEvents() {
        Map<Long, Totals> out = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT firm_id, SUM(points), COUNT(*) FROM credit_event GROUP BY firm_id")
                .getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), new Totals(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return out;
    }
}
