package org.zjcs.firm.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.ReviewEvent;

/** Persistence of firms, their qualifications and review history. */
@ApplicationScoped
@Transactional
public class FirmRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Firm> find(long organisationId) {
        return Optional.ofNullable(em.find(Firm.class, organisationId));
    }

    public List<Firm> awaitingReview() {
        return em.createNamedQuery("Firm.awaitingReview", Firm.class).getResultList();
    }

    public List<Firm> approved() {
        return em.createQuery("SELECT f FROM Firm f WHERE f.status = org.zjcs.security.domain.RegistrationStatus.APPROVED "
                + "ORDER BY f.organisationId", Firm.class).getResultList();
    }

    public List<ReviewEvent> history(long firmId) {
        return em.createNamedQuery("ReviewEvent.ofFirm", ReviewEvent.class).setParameter("firm", firmId).getResultList();
    }

    public List<Qualification> qualifications(long firmId) {
        return em.createQuery("SELECT q FROM Qualification q WHERE q.firmId = :f ORDER BY q.typeCode", Qualification.class)
                .setParameter("f", firmId).getResultList();
    }

    /**
     * Approved firms of active organisations, by name: optionally whose name contains {@code name}, that offer
     * {@code serviceItemId}, in a region whose code starts with {@code regionPrefix}.
     */
    public List<Firm> directory(String name, Long serviceItemId, String regionPrefix, int first, int size) {
        TypedQuery<Firm> q = em.createQuery("SELECT f FROM Firm f, org.zjcs.security.domain.Organisation o"
                + directoryWhere(name, serviceItemId, regionPrefix) + " ORDER BY o.name", Firm.class);
        bind(q, name, serviceItemId, regionPrefix);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countDirectory(String name, Long serviceItemId, String regionPrefix) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(f) FROM Firm f, org.zjcs.security.domain.Organisation o"
                + directoryWhere(name, serviceItemId, regionPrefix), Long.class);
        bind(q, name, serviceItemId, regionPrefix);
        return q.getSingleResult();
    }

    private static String directoryWhere(String name, Long serviceItemId, String regionPrefix) {
        StringBuilder sb = new StringBuilder(" WHERE o.id = f.organisationId"
                + " AND f.status = org.zjcs.security.domain.RegistrationStatus.APPROVED"
                + " AND o.status = org.zjcs.security.domain.OrganisationStatus.ACTIVE");
        if (name != null && !name.isBlank()) {
            sb.append(" AND o.name LIKE :name");
        }
        if (serviceItemId != null) {
            sb.append(" AND :item MEMBER OF f.serviceItemIds");
        }
        if (regionPrefix != null && !regionPrefix.isBlank()) {
            sb.append(" AND f.regionCode LIKE :region");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, String name, Long serviceItemId, String regionPrefix) {
        if (name != null && !name.isBlank()) {
            q.setParameter("name", "%" + name.trim().replace("%", "").replace("_", "") + "%");
        }
        if (serviceItemId != null) {
            q.setParameter("item", serviceItemId);
        }
        if (regionPrefix != null && !regionPrefix.isBlank()) {
            q.setParameter("region", regionPrefix + "%");
        }
    }
}
