package org.zjcs.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One qualification an item requires: its type and the lowest level that counts (null: any level). */
@Embeddable
public class QualificationRequirement {

    @Column(name = "qualification_type_code", length = 32, nullable = false)
    private String typeCode;

    @Column(name = "min_level", length = 32)
    private String minLevel;

    protected QualificationRequirement() {
    }

    public QualificationRequirement(String typeCode, String minLevel) {
        this.typeCode = typeCode;
        this.minLevel = minLevel == null || minLevel.isBlank() ? null : minLevel.trim();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getMinLevel() {
        return minLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QualificationRequirement r && r.typeCode.equals(typeCode) && Objects.equals(r.minLevel, minLevel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeCode, minLevel);
    }

    @Override
    public String toString() {
        return minLevel == null ? typeCode : typeCode + "≥" + minLevel;
    }
}
