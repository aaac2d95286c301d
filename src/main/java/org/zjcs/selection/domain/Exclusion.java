package org.zjcs.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An enrolled firm left out of a selection run: the rules it failed that day (JSON of message keys and arguments). */
@Embeddable
public class Exclusion {

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Column(name = "receipt_hash", nullable = false, length = 64)
    private String receiptHash;

    @Column(name = "reasons", nullable = false, length = 2000)
    private String reasons;

    protected Exclusion() {
    }

    public Exclusion(long firmId, String receiptHash, String reasons) {
        this.firmId = firmId;
        this.receiptHash = receiptHash;
        this.reasons = reasons;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public String getReasons() {
        return reasons;
    }
}
