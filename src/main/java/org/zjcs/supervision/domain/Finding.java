package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/** A regulator's finding on a complaint or report: upheld (成立), partly upheld (部分成立) or not upheld (不成立). */
public enum Finding {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD;

    public static Finding parse(String value) {
        if (value != null) {
            for (Finding f : values()) {
                if (f.name().equals(value.trim())) {
                    return f;
                }
            }
        }
        throw new DomainException("complaint.error.findingRequired");
    }

    /** Whether the finding may lead to a consequence for the accused firm. */
    public boolean againstAccused() {
        return this != NOT_UPHELD;
    }
}
