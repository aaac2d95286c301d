package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A qualification a bidder must hold (type and minimum level), copied from the catalogue item into the notice. */
@Embeddable
public class NoticeRequirement {

    @Column(name = "type_code", nullable = false, length = 32)
    private String typeCode;

    @Column(name = "min_level", length = 32)
    private String minLevel;

    protected NoticeRequirement() {
    }

    public NoticeRequirement(String typeCode, String minLevel) {
        this.typeCode = typeCode;
        this.minLevel = minLevel;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public String getMinLevel() {
        return minLevel;
    }
}
