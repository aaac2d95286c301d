package org.zjcs.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.domain.AuditChainHead;
import org.zjcs.audit.domain.AuditEntry;
import org.zjcs.audit.domain.AuditRecord;
import org.zjcs.audit.domain.AuditRepository;

/** JPA implementation of the domain repository: persistence of the audit chain. */
@ApplicationScoped
@Transactional
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    /** The chain head, read from the database and locked (SELECT ... FOR UPDATE) until the transaction ends. */
    @Override
    public AuditChainHead lockHead() {
        return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The chain head as last committed (no shared cache: always read from the database). */
    @Override
    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    @Override
    public void append(AuditChainHead head, AuditRecord record) {
        em.persist(new AuditEntry(record));
        head.advance(record.id(), record.hash());
        em.flush();
    }

    /** A page of entries in id order, from {@code fromId} up to at most {@code toId}. */
    @Override
    public List<AuditEntry> page(long fromId, long toId, int size) {
        return em.createNamedQuery("AuditEntry.range", AuditEntry.class)
                .setParameter("fromId", fromId)
                .setParameter("toId", toId)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult();
    }

    /** Newest first, optionally filtered (keys: actor, action, objectType, objectId), for the operator page. */
    @Override
    public List<AuditEntry> search(Map<String, String> filters, int first, int size) {
        TypedQuery<AuditEntry> q = em.createQuery("SELECT e FROM AuditEntry e" + where(filters) + " ORDER BY e.id DESC",
                AuditEntry.class);
        bind(q, filters);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long countMatching(Map<String, String> filters) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(filters), Long.class);
        bind(q, filters);
        return q.getSingleResult();
    }

    private static String where(Map<String, String> filters) {
        StringBuilder sb = new StringBuilder();
        for (String key : List.of("actor", "action", "objectType", "objectId")) {
            if (filters.get(key) != null && !filters.get(key).isBlank()) {
                sb.append(sb.length() == 0 ? " WHERE " : " AND ").append("e.").append(key).append(" = :").append(key);
            }
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, Map<String, String> filters) {
        for (String key : List.of("actor", "action", "objectType", "objectId")) {
            if (filters.get(key) != null && !filters.get(key).isBlank()) {
                q.setParameter(key, filters.get(key).trim());
            }
        }
    }
}
