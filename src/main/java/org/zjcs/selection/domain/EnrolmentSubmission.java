package org.zjcs.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submission on an enrolment with its receipt hash; never changed. */
@Entity
@Table(name = "enrolment_submission")
public class EnrolmentSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private SubmissionKind kind;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "receipt_hash", nullable = false, length = 64)
    private String receiptHash;

    protected EnrolmentSubmission() {
    }

    public EnrolmentSubmission(long enrolmentId, SubmissionKind kind, Instant submittedAt, String receiptHash) {
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.submittedAt = submittedAt;
        this.receiptHash = receiptHash;
    }

    public Long getId() {
        return id;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReceiptHash() {
        return receiptHash;
    }
}
