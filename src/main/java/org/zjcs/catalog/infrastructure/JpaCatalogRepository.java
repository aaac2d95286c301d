package org.zjcs.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.catalog.domain.ServiceGuide;
import org.zjcs.catalog.domain.ServiceItem;
import org.zjcs.catalog.domain.ServiceItemStatus;
import org.zjcs.catalog.domain.CatalogRepository;

/** JPA implementation of the domain repository: persistence of the catalogue. */
@ApplicationScoped
@Transactional
public class JpaCatalogRepository implements CatalogRepository {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    @Override
    public List<ServiceItem> inForce() {
        return em.createNamedQuery("ServiceItem.inForce", ServiceItem.class).getResultList();
    }

    @Override
    public Optional<ServiceItem> find(long id) {
        return Optional.ofNullable(em.find(ServiceItem.class, id));
    }

    @Override
    public Optional<ServiceItem> byCode(String code) {
        return em.createNamedQuery("ServiceItem.byCode", ServiceItem.class).setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    @Override
    public void add(ServiceItem item) {
        em.persist(item);
        em.flush();
    }

    @Override
    public Map<String, QualificationType> types() {
        Map<String, QualificationType> m = new LinkedHashMap<>();
        for (QualificationType t : em.createNamedQuery("QualificationType.all", QualificationType.class).getResultList()) {
            m.put(t.getCode(), t);
        }
        return m;
    }

    /** Items whose code or name contains {@code text} (all when blank), optionally of one status, by code. */
    @Override
    public List<ServiceItem> search(String text, ServiceItemStatus status, int first, int size) {
        TypedQuery<ServiceItem> q = em.createQuery("SELECT s FROM ServiceItem s" + where(text, status) + " ORDER BY s.code",
                ServiceItem.class);
        bind(q, text, status);
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(String text, ServiceItemStatus status) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(s) FROM ServiceItem s" + where(text, status), Long.class);
        bind(q, text, status);
        return q.getSingleResult();
    }

    @Override
    public Optional<ServiceGuide> guide(long serviceItemId) {
        return Optional.ofNullable(em.find(ServiceGuide.class, serviceItemId));
    }

    @Override
    public List<ServiceGuide> guides() {
        return em.createNamedQuery("ServiceGuide.all", ServiceGuide.class).getResultList();
    }

    @Override
    public void addGuide(ServiceGuide guide) {
        em.persist(guide);
        em.flush();
    }

    private static String where(String text, ServiceItemStatus status) {
        StringBuilder sb = new StringBuilder();
        if (text != null && !text.isBlank()) {
            sb.append(" WHERE (s.code LIKE :text OR s.nameZh LIKE :text OR s.nameEn LIKE :text)");
        }
        if (status != null) {
            sb.append(sb.length() == 0 ? " WHERE " : " AND ").append("s.status = :status");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, String text, ServiceItemStatus status) {
        if (text != null && !text.isBlank()) {
            q.setParameter("text", "%" + text.trim().replace("%", "").replace("_", "") + "%");
        }
        if (status != null) {
            q.setParameter("status", status);
        }
    }
}
