package org.zjcs.shared.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One operator-changeable setting (a "(default)" number of the product brief). */
@Entity
@Table(name = "setting")
@NamedQuery(name = "Setting.all", query = "SELECT s FROM Setting s ORDER BY s.key")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "value", nullable = false, length = 500)
    private String value;

    @Column(name = "value_type", nullable = false, length = 16)
    private String valueType;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    private long version;

    protected Setting() {
    }

    /** A setting that had no row yet (its value was the default). */
    public Setting(String key, String value, SettingType type, Instant at, String by) {
        this.key = key;
        this.value = value;
        this.valueType = type.name();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** A new value, set by {@code by} (the settings page: SettingsAdministration, which audits it). */
    public void change(String newValue, SettingType type, Instant at, String by) {
        this.value = newValue;
        this.valueType = type.name();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The optimistic version: raised by every change through JPA (and by the documented SQL). */
    public long getVersion() {
        return version;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public String getValueType() {
        return valueType;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
