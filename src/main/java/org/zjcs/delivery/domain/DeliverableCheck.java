package org.zjcs.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One linked department's check of an accepted deliverable version: passed, or returned with reasons. */
@Embeddable
public class DeliverableCheck {

    public static final String PASSED = "PASSED";
    public static final String RETURNED = "RETURNED";

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(name = "result", nullable = false, length = 8)
    private String result;

    @Column(name = "reason", length = Deliverable.REASON_LENGTH)
    private String reason;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 100)
    private String checkedBy;

    protected DeliverableCheck() {
    }

    DeliverableCheck(long departmentId, String result, String reason, Instant checkedAt, String checkedBy) {
        this.departmentId = departmentId;
        this.result = result;
        this.reason = reason;
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public String getResult() {
        return result;
    }

    public boolean isPassed() {
        return PASSED.equals(result);
    }

    public String getReason() {
        return reason;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }
}
