package org.zjcs.credit.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.history.Exchange;
import org.zjcs.shared.storage.FileRef;

/**
 * A firm's application for credit repair (信用修复) of one of its black-list entries, with a reason and evidence: applied
 * for by the firm ({@link Exchange} submitted, columns {@code applied_by/at}), approved or refused once by a regulator
 * (answered, {@code decided_by/at}, the note or refusal reason in {@code decision_reason}).
 */
@Entity
@Table(name = "credit_repair")
@NamedQuery(name = "CreditRepair.ofFirm",
        query = "SELECT r FROM CreditRepair r WHERE r.firmId = :firm ORDER BY r.exchange.submittedAt DESC, r.id DESC")
@NamedQuery(name = "CreditRepair.ofEntry",
        query = "SELECT r FROM CreditRepair r WHERE r.entryId = :entry ORDER BY r.exchange.submittedAt, r.id")
@NamedQuery(name = "CreditRepair.ofStatus",
        query = "SELECT r FROM CreditRepair r WHERE r.status = :status ORDER BY r.exchange.submittedAt, r.id")
@NamedQuery(name = "CreditRepair.all", query = "SELECT r FROM CreditRepair r ORDER BY r.exchange.submittedAt DESC, r.id DESC")
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

    @Embedded
    @AttributeOverride(name = "submittedBy", column = @Column(name = "applied_by", nullable = false, length = 100, updatable = false))
    @AttributeOverride(name = "submittedAt", column = @Column(name = "applied_at", nullable = false, updatable = false))
    @AttributeOverride(name = "answeredBy", column = @Column(name = "decided_by", length = 100))
    @AttributeOverride(name = "answeredAt", column = @Column(name = "decided_at"))
    @AttributeOverride(name = "answerReason", column = @Column(name = "decision_reason", length = 1000))
    private Exchange exchange;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_repair_evidence", joinColumns = @JoinColumn(name = "repair_id"))
    @OrderColumn(name = "position")
    private List<FileRef> evidence = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CreditRepair() {
    }

    /**
     * The firm {@code callerFirmId} applies on {@code today} for repair of {@code entry}: its own current black entry, at
     * least {@code minDays} after its start ({@link CreditListEntry#checkRepairable}), with no application of the entry
     * still pending ({@code earlier}: the entry's applications so far), with a reason.
     */
    public static CreditRepair applyFor(CreditListEntry entry, List<CreditRepair> earlier, long callerFirmId,
                                        LocalDate today, int minDays, String reason, Instant now, String by) {
        entry.checkRepairable(callerFirmId, today, minDays);
        if (earlier.stream().anyMatch(CreditRepair::isPending)) {
            throw new DomainException("credit.repair.error.open");
        }
        return apply(entry, reason, now, by);
    }

    /** A pending application; the entry's rules ({@link CreditListEntry#checkRepairable}) are checked by the caller. */
    public static CreditRepair apply(CreditListEntry entry, String reason, Instant now, String by) {
        CreditRepair r = new CreditRepair();
        r.reason = CreditTexts.required(reason, "credit.repair.error.reason");
        r.entryId = entry.getId();
        r.firmId = entry.getFirmId();
        r.status = RepairStatus.PENDING;
        r.exchange = Exchange.submitted(by, now);
        return r;
    }

    /** A regulator approves the pending application (a note is optional). */
    public void approve(Instant now, String by, String note) {
        status = status.decide(true);
        exchange.answer(by, now, note == null || note.isBlank() ? null
                : CreditTexts.required(note, "credit.repair.error.refuseReason"));
    }

    /** A regulator refuses the pending application, with a reason. */
    public void refuse(Instant now, String by, String why) {
        String r = CreditTexts.required(why, "credit.repair.error.refuseReason");
        status = status.decide(false);
        exchange.answer(by, now, r);
    }

    public boolean isPending() {
        return status == RepairStatus.PENDING;
    }

    /** Applied by and when; decided by and when, with the note or refusal reason. */
    public Exchange getExchange() {
        return exchange;
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
        return exchange.getSubmittedAt();
    }

    public String getAppliedBy() {
        return exchange.getSubmittedBy();
    }

    public Instant getDecidedAt() {
        return exchange.getAnsweredAt();
    }

    public String getDecidedBy() {
        return exchange.getAnsweredBy();
    }

    public String getDecisionReason() {
        return exchange.getAnswerReason();
    }

    public List<FileRef> getEvidence() {
        return List.copyOf(evidence);
    }
}
