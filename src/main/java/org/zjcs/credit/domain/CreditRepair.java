package org.zjcs.credit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.storage.FileRef;

/** A firm's application for credit repair (信用修复) of one of its black-list entries, with a reason and evidence. */
@Entity
@Table(name = "credit_repair")
@NamedQuery(name = "CreditRepair.ofFirm",
        query = "SELECT r FROM CreditRepair r WHERE r.firmId = :firm ORDER BY r.appliedAt DESC, r.id DESC")
@NamedQuery(name = "CreditRepair.ofEntry",
        query = "SELECT r FROM CreditRepair r WHERE r.entryId = :entry ORDER BY r.appliedAt, r.id")
@NamedQuery(name = "CreditRepair.ofStatus",
        query = "SELECT r FROM CreditRepair r WHERE r.status = :status ORDER BY r.appliedAt, r.id")
@NamedQuery(name = "CreditRepair.all", query = "SELECT r FROM CreditRepair r ORDER BY r.appliedAt DESC, r.id DESC")
public class CreditRepair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RepairStatus status;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "applied_by", nullable = false, length = 100, updatable = false)
    private String appliedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_repair_evidence", joinColumns = @JoinColumn(name = "repair_id"))
    @OrderColumn(name = "position")
    private List<FileRef> evidence = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CreditRepair() {
    }

    /** A pending application; the entry's rules ({@link CreditListEntry#checkRepairable}) are checked by the caller. */
    public static CreditRepair apply(CreditListEntry entry, String reason, Instant now, String by) {
        CreditRepair r = new CreditRepair();
        r.reason = CreditTexts.required(reason, "credit.repair.error.reason");
        r.entryId = entry.getId();
        r.firmId = entry.getFirmId();
        r.status = RepairStatus.PENDING;
        r.appliedAt = now;
        r.appliedBy = by;
        return r;
    }

    /** A regulator approves the pending application (a note is optional). */
    public void approve(Instant now, String by, String note) {
        status = status.decide(true);
        decidedAt = now;
        decidedBy = by;
        decisionReason = note == null || note.isBlank() ? null : CreditTexts.required(note, "credit.repair.error.refuseReason");
    }

    /** A regulator refuses the pending application, with a reason. */
    public void refuse(Instant now, String by, String why) {
        String r = CreditTexts.required(why, "credit.repair.error.refuseReason");
        status = status.decide(false);
        decidedAt = now;
        decidedBy = by;
        decisionReason = r;
    }

    public void addEvidence(FileRef e) {
        evidence.add(e);
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReason() {
        return reason;
    }

    public RepairStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public List<FileRef> getEvidence() {
        return List.copyOf(evidence);
    }
}
