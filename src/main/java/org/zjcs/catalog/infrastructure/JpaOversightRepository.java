package org.zjcs.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.catalog.domain.OversightRepository;

/** JPA implementation of the domain repository: the oversight table, by native SQL (a pure link table). */
@ApplicationScoped
@Transactional
public class JpaOversightRepository implements OversightRepository {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Override
    public List<Long> activeRegulatorsOf(String serviceItemCode) {
        return ids(em.createNativeQuery("SELECT o.id FROM service_item_oversight v "
                        + "JOIN service_item s ON s.id = v.service_item_id JOIN organisation o ON o.id = v.regulator_id "
                        + "WHERE s.code = ? AND o.kind = 'REGULATOR' AND o.status = 'ACTIVE' ORDER BY o.id")
                .setParameter(1, serviceItemCode).getResultList());
    }

    @Override
    public List<Long> activeRegulators() {
        return ids(em.createNativeQuery("SELECT id FROM organisation WHERE kind = 'REGULATOR' AND status = 'ACTIVE' "
                + "ORDER BY id").getResultList());
    }

    @Override
    public List<Long> itemsOf(long regulatorId) {
        return ids(em.createNativeQuery("SELECT service_item_id FROM service_item_oversight WHERE regulator_id = ? "
                + "ORDER BY service_item_id").setParameter(1, regulatorId).getResultList());
    }

    @Override
    public Map<Long, List<String>> itemCodesOf(Collection<Long> regulatorIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (regulatorIds.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(regulatorIds);
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        jakarta.persistence.Query q = em.createNativeQuery("SELECT v.regulator_id, s.code FROM service_item_oversight v "
                + "JOIN service_item s ON s.id = v.service_item_id WHERE v.regulator_id IN (" + marks + ") ORDER BY s.code");
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 1, ids.get(i));
        }
        List<?> rows = q.getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }

    @Override
    public void replace(long regulatorId, Collection<Long> serviceItemIds) {
        em.createNativeQuery("DELETE FROM service_item_oversight WHERE regulator_id = ?").setParameter(1, regulatorId)
                .executeUpdate();
        for (Long itemId : serviceItemIds) {
            em.createNativeQuery("INSERT INTO service_item_oversight (service_item_id, regulator_id) VALUES (?, ?)")
                    .setParameter(1, itemId).setParameter(2, regulatorId).executeUpdate();
        }
    }

    private static List<Long> ids(List<?> rows) {
        List<Long> out = new ArrayList<>(rows.size());
        for (Object o : rows) {
            out.add(((Number) o).longValue());
        }
        return out;
    }
}
