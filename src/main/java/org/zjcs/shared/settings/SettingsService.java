package org.zjcs.shared.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the operator-changeable settings; a missing or unreadable value falls back to the documented default. */
@ApplicationScoped
@Transactional
public class SettingsService {

    @PersistenceContext(unitName = "zjcs")
    private EntityManager em;

    public int intValue(String key, int defaultValue) {
        Setting s = em.find(Setting.class, key);
        if (s == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(s.getValue().trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public java.math.BigDecimal decimalValue(String key, java.math.BigDecimal defaultValue) {
        Setting s = em.find(Setting.class, key);
        if (s == null) {
            return defaultValue;
        }
        try {
            return new java.math.BigDecimal(s.getValue().trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public List<Setting> all() {
        return em.createNamedQuery("Setting.all", Setting.class).getResultList();
    }
}
