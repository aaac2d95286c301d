package org.zjcs.credit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zjcs.shared.error.DomainException;

/**
 * A department's rating of a deliverable version's quality (GOOD / FAIR / POOR, optional comment), expected once the
 * department passed its check of that version and given once by one of its staff.
 */
@Entity
@Table(name = "approval_rating")
@NamedQuery(name = "ApprovalRating.ofNotice",
        query = "SELECT r FROM ApprovalRating r WHERE r.noticeId = :notice ORDER BY r.passedAt, r.id")
@NamedQuery(name = "ApprovalRating.ofCheck",
        query = "SELECT r FROM ApprovalRating r WHERE r.deliverableId = :deliverable AND r.departmentId = :department")
public class ApprovalRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private long noticeId;

    @Column(name = "notice_title", nullable = false, length = 200, updatable = false)
    private String noticeTitle;

    @Column(name = "deliverable_id", nullable = false, updatable = false)
    private long deliverableId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(name = "firm_id", nullable = false, updatable = false)
    private long firmId;

    @Column(name = "passed_at", nullable = false, updatable = false)
    private Instant passedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 8)
    private QualityRating rating;

    @Column(name = "comment", length = Evaluation.COMMENT_LENGTH)
    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "rated_by", length = 100)
    private String ratedBy;

    protected ApprovalRating() {
    }

    public ApprovalRating(long noticeId, String noticeTitle, long deliverableId, long departmentId, long firmId,
                          Instant passedAt) {
        this.noticeId = noticeId;
        this.noticeTitle = noticeTitle == null ? "" : noticeTitle;
        this.deliverableId = deliverableId;
        this.departmentId = departmentId;
        this.firmId = firmId;
        this.passedAt = passedAt;
    }

    /** A staff member of the department rates, once. */
    public void rate(QualityRating rating, String comment, Instant now, String by) {
        if (isRated()) {
            throw new DomainException("rating.error.twice");
        }
        if (rating == null) {
            throw new DomainException("rating.error.ratingRequired");
        }
        String c = comment == null ? null : comment.strip();
        if (c != null && c.length() > Evaluation.COMMENT_LENGTH) {
            throw new DomainException("evaluation.error.commentLength", Evaluation.COMMENT_LENGTH);
        }
        this.rating = rating;
        this.comment = c == null || c.isEmpty() ? null : c;
        this.ratedAt = now;
        this.ratedBy = by;
    }

    public boolean isRated() {
        return ratedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public long getDeliverableId() {
        return deliverableId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public long getFirmId() {
        return firmId;
    }

    public Instant getPassedAt() {
        return passedAt;
    }

    public QualityRating getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public String getRatedBy() {
        return ratedBy;
    }
}
