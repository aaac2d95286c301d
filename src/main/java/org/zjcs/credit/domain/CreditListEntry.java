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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.storage.FileRef;

/**
 * A firm on the red or the black list from its start date to its end date inclusive (Beijing dates). It is current in
 * that span and ends by itself after the end date: {@link #stateOn} derives this from the date, so no job writes
 * anything. A regulator may end it early with a reason, and an approved credit repair ends a black entry early; it is
 * then no longer current from the day of that early end.
 */
@Entity
@Table(name = "credit_list_entry")
@NamedQuery(name = "CreditListEntry.ofFirm",
        query = "SELECT e FROM CreditListEntry e WHERE e.firmId = :firm ORDER BY e.startDate DESC, e.id DESC")
@NamedQuery(name = "CreditListEntry.all", query = "SELECT e FROM CreditListEntry e ORDER BY e.createdAt DESC, e.id DESC")
@NamedQuery(name = "CreditListEntry.count", query = "SELECT COUNT(e) FROM CreditListEntry e")
@NamedQuery(name = "CreditListEntry.ofKind",
        query = "SELECT e FROM CreditListEntry e WHERE e.kind = :kind ORDER BY e.startDate DESC, e.id DESC")
@NamedQuery(name = "CreditListEntry.blackOn",
        query = "SELECT e FROM CreditListEntry e WHERE e.firmId = :firm AND e.kind = org.zjcs.credit.domain.ListKind.BLACK "
                + "AND e.startDate <= :day AND e.endDate >= :day AND (e.endedOn IS NULL OR e.endedOn > :day) "
                + "ORDER BY e.endDate DESC")
public class CreditListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10, updatable = false)
    private ListKind kind;

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "legal_basis", nullable = false, length = 1000, updatable = false)
    private String legalBasis;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate endDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 100)
    private String endedBy;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "repair_id")
    private Long repairId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_list_evidence", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<FileRef> evidence = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CreditListEntry() {
    }

    /**
     * Checks an entry before anything is stored: a reason, a legal basis, both dates and an end not before the start.
     * (The firm and the 1 to 5 evidence files are checked by the service.)
     */
    public static CreditListEntry create(long firmId, ListKind kind, String reason, String legalBasis, LocalDate start,
                                         LocalDate end, Instant now, String by) {
        if (kind == null) {
            throw new DomainException("credit.list.error.kind");
        }
        CreditListEntry e = new CreditListEntry();
        e.reason = CreditTexts.required(reason, "credit.list.error.reason");
        e.legalBasis = CreditTexts.required(legalBasis, "credit.list.error.legalBasis");
        if (start == null || end == null) {
            throw new DomainException("credit.list.error.dates");
        }
        if (end.isBefore(start)) {
            throw new DomainException("credit.list.error.endBeforeStart");
        }
        e.firmId = firmId;
        e.kind = kind;
        e.startDate = start;
        e.endDate = end;
        e.createdAt = now;
        e.createdBy = by;
        return e;
    }

    /** Where the entry stands on a Beijing date. */
    public EntryState stateOn(LocalDate day) {
        return stateOn(day, startDate, endDate, endedOn, repairId != null);
    }

    /** The same rule on an entry's columns (for readers of the table, e.g. the Excel export). */
    public static EntryState stateOn(LocalDate day, LocalDate startDate, LocalDate endDate, LocalDate endedOn, boolean repaired) {
        if (endedOn != null && !day.isBefore(endedOn)) {
            return repaired ? EntryState.REPAIRED : EntryState.ENDED;
        }
        if (day.isBefore(startDate)) {
            return EntryState.UPCOMING;
        }
        return day.isAfter(endDate) ? EntryState.EXPIRED : EntryState.CURRENT;
    }

    public boolean isCurrentOn(LocalDate day) {
        return stateOn(day) == EntryState.CURRENT;
    }

    /** A regulator ends the entry early (it is current or has not started yet), with a reason; from {@code day} on. */
    public void endEarly(LocalDate day, Instant now, String by, String why) {
        String r = CreditTexts.required(why, "credit.list.error.endReason");
        if (stateOn(day).isOver()) {
            throw new DomainException("credit.list.error.over");
        }
        endedOn = day;
        endedAt = now;
        endedBy = by;
        endReason = r;
    }

    /** An approved credit repair ends the black entry early, from {@code day} on (修复移出). */
    public void endByRepair(long repair, LocalDate day, Instant now, String by, String why) {
        endEarly(day, now, by, why);
        repairId = repair;
    }

    /** The first day on which the firm may apply for credit repair: the start date plus the minimum period. */
    public LocalDate repairableFrom(int minDays) {
        return startDate.plusDays(Math.max(0, minDays));
    }

    /**
     * Whether {@code firm} may apply for credit repair of this entry on {@code day}: its own, a black entry, current,
     * and at least the minimum period after the start; refused with the rule's message otherwise.
     */
    public void checkRepairable(long firm, LocalDate day, int minDays) {
        if (firm != firmId) {
            throw new DomainException("credit.repair.error.notYours");
        }
        if (kind != ListKind.BLACK) {
            throw new DomainException("credit.repair.error.notBlack");
        }
        if (!isCurrentOn(day)) {
            throw new DomainException("credit.repair.error.notCurrent");
        }
        LocalDate from = repairableFrom(minDays);
        if (day.isBefore(from)) {
            throw new DomainException("credit.repair.error.tooEarly", from.toString());
        }
    }

    public void addEvidence(FileRef e) {
        evidence.add(e);
    }

    public Long getId() {
        return id;
    }

    public long getFirmId() {
        return firmId;
    }

    public ListKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public String getEndReason() {
        return endReason;
    }

    public Long getRepairId() {
        return repairId;
    }

    public List<FileRef> getEvidence() {
        return List.copyOf(evidence);
    }
}
