package org.zjcs.credit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.storage.FileRef;

/** A regulator's finding that a firm provided false materials (提供虚假材料), never changed: a FALSE_MATERIALS event. */
@Entity
@Table(name = "credit_finding")
@NamedQuery(name = "CreditFinding.ofFirm",
        query = "SELECT f FROM CreditFinding f WHERE f.firmId = :firm ORDER BY f.foundAt DESC, f.id DESC")
public class CreditFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "reason", nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "found_at", nullable = false, updatable = false)
    private Instant foundAt;

    @Column(name = "found_by", nullable = false, length = 100, updatable = false)
    private String foundBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "credit_finding_evidence", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    private List<FileRef> evidence = new ArrayList<>();

    protected CreditFinding() {
    }

    public static CreditFinding of(long firmId, String reason, Instant now, String by) {
        CreditFinding f = new CreditFinding();
        f.reason = CreditTexts.required(reason, "credit.finding.error.reason");
        f.firmId = firmId;
        f.foundAt = now;
        f.foundBy = by;
        return f;
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

    public String getReason() {
        return reason;
    }

    public Instant getFoundAt() {
        return foundAt;
    }

    public String getFoundBy() {
        return foundBy;
    }

    public List<FileRef> getEvidence() {
        return List.copyOf(evidence);
    }
}
