package org.zjcs.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;

/** Plain SQL for the in-container tests: to read what the services wrote, and to set up a row the demo data lacks. */
@ApplicationScoped
public class ArqData {

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    public long number(String sql, Object... params) {
        List<?> rows = bind(em.createNativeQuery(sql), params).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? -1 : ((Number) rows.get(0)).longValue();
    }

    public String text(String sql, Object... params) {
        List<?> rows = bind(em.createNativeQuery(sql), params).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }

    /** Runs the statements in one transaction (one connection: temporary tables live through it). */
    @Transactional
    public void update(String... statements) {
        for (String sql : statements) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }

    private static Query bind(Query q, Object... params) {
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q;
    }
}
