package org.zjcs.shared.export;

import java.util.Set;

/** The life of an export job: QUEUED → RUNNING → DONE | FAILED | TOO_LARGE (and QUEUED → FAILED when it cannot start). */
public enum ExportState {
    QUEUED, RUNNING, DONE, FAILED, TOO_LARGE;

    public boolean canMoveTo(ExportState next) {
        return switch (this) {
            case QUEUED -> next == RUNNING || next == FAILED;
            case RUNNING -> Set.of(DONE, FAILED, TOO_LARGE).contains(next);
            default -> false;
        };
    }

    public boolean finished() {
        return this == DONE || this == FAILED || this == TOO_LARGE;
    }
}
