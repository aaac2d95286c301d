package org.zjcs.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.ZjcsPrincipal;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.settings.Setting;
import org.zjcs.shared.settings.SettingConstraint;
import org.zjcs.shared.settings.SettingDefinition;
import org.zjcs.shared.settings.SettingRegistry;

/**
 * The operator's settings page: every defined setting with its current value, and changing or resetting one. A value
 * is checked against its definition (type, range) and the rules across settings; an edit made on a value that changed
 * meanwhile (another operator) is refused; nothing is stored on a refusal. A change is audited ({@code SETTING_CHANGED}
 * / {@code SETTING_RESET}, old and new value) in the same transaction and applies at once: {@code SettingsService}
 * reads the table at each use and the entity cache is off, on every server sharing the database.
 */
@ApplicationScoped
@Transactional
public class SettingsAdministration {

    /** The version an edit carries when the setting had no row when the page showed it. */
    public static final long NO_ROW = -1;

    @Inject
    Guard guard;

    @Inject
    SettingRegistry registry;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    /** A defined setting as it is now; {@code value} is the default (and {@code stored} false) when it has no row. */
    public record SettingView(SettingDefinition definition, String value, boolean stored, Instant updatedAt,
                              String updatedBy, long version) {

        public String getKey() {
            return definition.key();
        }

        public boolean isDefault() {
            BigDecimal v = definition.read(value);
            return v != null && v.compareTo(definition.defaultValue()) == 0;
        }
    }

    /** A row of the table that no context defines (left by an old version or typed with SQL): shown, not editable. */
    public record UndefinedSetting(String key, String value, String type, Instant updatedAt, String updatedBy) {
    }

    public record Overview(List<SettingView> settings, List<UndefinedSetting> undefined) {
    }

    /** Every setting, in page order, and the rows without a definition. */
    public Overview overview() {
        guard.requireRole(Role.OPERATOR);
        Map<String, Setting> rows = new LinkedHashMap<>();
        em.createNamedQuery("Setting.all", Setting.class).getResultList().forEach(s -> rows.put(s.getKey(), s));
        List<SettingView> views = new ArrayList<>();
        for (SettingDefinition d : registry.definitions()) {
            Setting s = rows.remove(d.key());
            views.add(s == null ? new SettingView(d, d.defaultText(), false, null, null, NO_ROW)
                    : new SettingView(d, s.getValue(), true, s.getUpdatedAt(), s.getUpdatedBy(), s.getVersion()));
        }
        List<UndefinedSetting> undefined = rows.values().stream().map(s -> new UndefinedSetting(s.getKey(), s.getValue(),
                s.getValueType(), s.getUpdatedAt(), s.getUpdatedBy())).toList();
        return new Overview(List.copyOf(views), undefined);
    }

    /** One setting as it is now (for the edit dialog). */
    public SettingView view(String key) {
        guard.requireRole(Role.OPERATOR);
        SettingDefinition d = definition(key);
        Setting s = em.find(Setting.class, key);
        return s == null ? new SettingView(d, d.defaultText(), false, null, null, NO_ROW)
                : new SettingView(d, s.getValue(), true, s.getUpdatedAt(), s.getUpdatedBy(), s.getVersion());
    }

    /**
     * Sets {@code key} to the value the operator typed, if the setting still has the version the page showed
     * ({@code seenVersion}); the stored canonical value.
     */
    public String change(String key, String typed, long seenVersion) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        SettingDefinition d = definition(key);
        BigDecimal value = d.parse(typed);
        return store(me, d, value, seenVersion, "SETTING_CHANGED");
    }

    /** Sets {@code key} back to its default (same checks as a change); the stored value. */
    public String reset(String key, long seenVersion) {
        ZjcsPrincipal me = guard.requireRole(Role.OPERATOR);
        SettingDefinition d = definition(key);
        return store(me, d, d.defaultValue(), seenVersion, "SETTING_RESET");
    }

    private SettingDefinition definition(String key) {
        return registry.find(key).orElseThrow(() -> new DomainException("setting.error.unknown", String.valueOf(key)));
    }

    private String store(ZjcsPrincipal me, SettingDefinition d, BigDecimal value, long seenVersion, String action) {
        Setting row = em.find(Setting.class, d.key(), LockModeType.PESSIMISTIC_WRITE);
        long current = row == null ? NO_ROW : row.getVersion();
        String old = row == null ? d.defaultText() : row.getValue();
        if (current != seenVersion) {
            throw new DomainException("setting.error.changedMeanwhile", new DomainException.Label(d.nameKey()),
                    row == null ? "-" : row.getUpdatedBy(), old);
        }
        BigDecimal oldValue = d.read(old);
        if (oldValue != null && oldValue.compareTo(value) == 0) {
            throw new DomainException("setting.error.unchanged", new DomainException.Label(d.nameKey()), d.canonical(value));
        }
        for (SettingConstraint c : registry.constraintsOf(d.key())) {
            List<BigDecimal> values = new ArrayList<>();
            for (String k : c.keys()) {
                values.add(k.equals(d.key()) ? value : currentValue(k));
            }
            if (!c.holds().test(values)) {
                throw new DomainException(c.messageKey(), values.stream().map(BigDecimal::toPlainString).toArray());
            }
        }
        String text = d.canonical(value);
        Instant now = clock.instant();
        if (row == null) {
            em.persist(new Setting(d.key(), text, d.type(), now, me.username()));
        } else {
            row.change(text, d.type(), now, me.username());
        }
        em.flush();
        audit.record(action, "Setting", d.key(), Map.of("oldValue", old, "newValue", text));
        return text;
    }

    /** The value a setting has now: its row read as its type, else its default. */
    private BigDecimal currentValue(String key) {
        SettingDefinition d = definition(key);
        Setting s = em.find(Setting.class, key);
        BigDecimal v = s == null ? null : d.read(s.getValue());
        return v == null ? d.defaultValue() : v;
    }
}
