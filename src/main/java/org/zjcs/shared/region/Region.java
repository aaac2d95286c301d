package org.zjcs.shared.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An administrative division (GB/T 2260 code): province (level 1), city (2), county or district (3). */
@Entity
@Table(name = "region")
@NamedQuery(name = "Region.children", query = "SELECT r FROM Region r WHERE r.parentCode = :parent ORDER BY r.code")
@NamedQuery(name = "Region.provinces", query = "SELECT r FROM Region r WHERE r.level = 1 ORDER BY r.code")
public class Region {

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    /** The English name, for the province-level regions and Shaanxi's cities (V23); null for the others. */
    @Column(name = "name_en", length = 64)
    private String nameEn;

    @Column(name = "level", nullable = false)
    private int level;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name for a reader of {@code locale}: the English one for non-Chinese readers where there is one. */
    public String nameIn(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }

    public int getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }
}
