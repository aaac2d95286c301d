package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/** What a report names as its target (the accused). */
public enum TargetKind {
    NOTICE, FIRM, OWNER, DEPARTMENT;

    /** The kind a reporter chose; refused when missing or unknown. */
    public static TargetKind parse(String value) {
        if (value != null) {
            for (TargetKind k : values()) {
                if (k.name().equals(value.trim())) {
                    return k;
                }
            }
        }
        throw new DomainException("report.error.targetRequired");
    }
}
