package org.zjcs.credit.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.zjcs.credit.domain.CreditRepair;
import org.zjcs.shared.storage.FileRef;

/** A credit repair application as pages show it. */
public class RepairView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long firmId;
    private final String firmName;
    private final String reason;
    private final String status;
    private final Instant appliedAt;
    private final Instant decidedAt;
    private final String decisionReason;
    private final List<FileRef> evidence;
    private final EntryView entry;

    public RepairView(CreditRepair r, String firmName, EntryView entry) {
        this.id = r.getId();
        this.firmId = r.getFirmId();
        this.firmName = firmName;
        this.reason = r.getReason();
        this.status = r.getStatus().name();
        this.appliedAt = r.getAppliedAt();
        this.decidedAt = r.getDecidedAt();
        this.decisionReason = r.getDecisionReason();
        this.evidence = r.getEvidence();
        this.entry = entry;
    }

    public long getId() {
        return id;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getFirmName() {
        return firmName;
    }

    public String getReason() {
        return reason;
    }

    public String getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public List<FileRef> getEvidence() {
        return evidence;
    }

    public EntryView getEntry() {
        return entry;
    }
}
