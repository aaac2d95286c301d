package org.zjcs.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A firm's enrolment on a notice, sealed until the deadline: the firm, its price and its receipt nonce are stored only
 * sealed, and the row is found by a keyed tag of (notice, firm). The receipt hash and time of the submission that counts
 * are in clear (they reveal nothing without the sealed values). At the deadline the selection opens it and writes the
 * firm and price in clear.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(name = "Enrolment.byTag", query = "SELECT e FROM Enrolment e WHERE e.noticeId = :notice AND e.firmTag = :tag")
@NamedQuery(name = "Enrolment.byTags", query = "SELECT e FROM Enrolment e WHERE e.noticeId = :notice AND e.firmTag IN :tags")
@NamedQuery(name = "Enrolment.countActive",
        query = "SELECT COUNT(e) FROM Enrolment e WHERE e.noticeId = :notice AND e.status = org.zjcs.selection.domain.EnrolmentStatus.ACTIVE")
@NamedQuery(name = "Enrolment.ofNotice", query = "SELECT e FROM Enrolment e WHERE e.noticeId = :notice ORDER BY e.id")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "firm_tag", nullable = false, length = 64)
    private String firmTag;

    @Column(name = "firm_sealed", nullable = false, length = 200)
    private String firmSealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private EnrolmentStatus status;

    @Column(name = "price_sealed", length = 200)
    private String priceSealed;

    @Column(name = "receipt_hash", nullable = false, length = 64)
    private String receiptHash;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "nonce_sealed", nullable = false, length = 200)
    private String nonceSealed;

    @Column(name = "submissions", nullable = false)
    private int submissions;

    @Column(name = "firm_id")
    private Long firmId;

    @Column(name = "opened_price", precision = 14, scale = 2)
    private BigDecimal openedPrice;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Enrolment() {
    }

    /** A first enrolment. */
    public Enrolment(long noticeId, String firmTag, String firmSealed, String priceSealed, String receiptHash,
                     Instant submittedAt, String nonceSealed) {
        this.noticeId = noticeId;
        this.firmTag = firmTag;
        this.firmSealed = firmSealed;
        this.status = EnrolmentStatus.ACTIVE;
        this.priceSealed = priceSealed;
        this.receiptHash = receiptHash;
        this.submittedAt = submittedAt;
        this.nonceSealed = nonceSealed;
        this.submissions = 1;
    }

    /** A later submission (revision, withdrawal, enrolment again): it becomes the one that counts. */
    public void submit(SubmissionKind kind, String newPriceSealed, String newReceiptHash, Instant at, String newNonceSealed) {
        status = status.after(kind);
        if (kind != SubmissionKind.WITHDRAW) {
            priceSealed = newPriceSealed;
        }
        receiptHash = newReceiptHash;
        submittedAt = at;
        nonceSealed = newNonceSealed;
        submissions++;
    }

    /** At the deadline: the firm and price in clear, from then on public with the proof. */
    public void open(long firm, BigDecimal price) {
        this.firmId = firm;
        this.openedPrice = price;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public String getFirmTag() {
        return firmTag;
    }

    public String getFirmSealed() {
        return firmSealed;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public String getPriceSealed() {
        return priceSealed;
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getNonceSealed() {
        return nonceSealed;
    }

    public int getSubmissions() {
        return submissions;
    }

    public Long getFirmId() {
        return firmId;
    }

    public BigDecimal getOpenedPrice() {
        return openedPrice;
    }
}
