package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/**
 * What an upheld (or partly upheld) finding does to the accused firm, through the credit context's own services: nothing,
 * the credit event {@code COMPLAINT_UPHELD}, or a black-list entry (失信名单).
 */
public enum Consequence {
    NONE, CREDIT_EVENT, BLACK_LIST;

    public static Consequence parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        for (Consequence c : values()) {
            if (c.name().equals(value.trim())) {
                return c;
            }
        }
        throw new DomainException("complaint.error.consequence");
    }
}
