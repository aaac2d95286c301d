package org.zjcs.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A firm the owner must not be served by on this notice (回避), with the reason, published with the notice. */
@Embeddable
public class Avoidance {

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    protected Avoidance() {
    }

    public Avoidance(long firmId, String reason) {
        this.firmId = firmId;
        this.reason = reason;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReason() {
        return reason;
    }
}
