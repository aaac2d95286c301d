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
import java.time.Instant;
import org.zjcs.shared.error.DomainException;

/** An objection (质疑) by an enrolled firm against a selection result, raised in the publicity period. */
@Entity
@Table(name = "objection")
@NamedQuery(name = "Objection.ofNotice", query = "SELECT o FROM Objection o WHERE o.noticeId = :notice ORDER BY o.id")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "selection_id", nullable = false)
    private long selectionId;

    @Column(name = "firm_id", nullable = false)
    private long firmId;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "evidence_file_id")
    private Long evidenceFileId;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "answer_due", nullable = false)
    private Instant answerDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ObjectionStatus status;

    @Column(name = "answer", length = 2000)
    private String answer;

    @Column(name = "disqualified_firm_id")
    private Long disqualifiedFirmId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Objection() {
    }

    public Objection(long noticeId, long selectionId, long firmId, String reason, Long evidenceFileId, Instant raisedAt,
                     String raisedBy, Instant answerDue) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("objection.error.reasonRequired");
        }
        if (reason.trim().length() > 2000) {
            throw new DomainException("objection.error.tooLong");
        }
        this.noticeId = noticeId;
        this.selectionId = selectionId;
        this.firmId = firmId;
        this.reason = reason.trim();
        this.evidenceFileId = evidenceFileId;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
        this.answerDue = answerDue;
        this.status = ObjectionStatus.OPEN;
    }

    /** The owner's answer with its reasons; an upheld objection names the entry taken out. */
    public void answer(boolean upheld, String text, Long disqualified, Instant now, String by) {
        if (text == null || text.isBlank()) {
            throw new DomainException("objection.error.answerRequired");
        }
        if (text.trim().length() > 2000) {
            throw new DomainException("objection.error.tooLong");
        }
        status = status.answer(upheld);
        answer = text.trim();
        disqualifiedFirmId = upheld ? disqualified : null;
        answeredAt = now;
        answeredBy = by;
    }

    /** Open past its answer deadline: flagged to the owner and the regulators. */
    public boolean isOverdueAt(Instant now) {
        return status == ObjectionStatus.OPEN && now.isAfter(answerDue);
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getSelectionId() {
        return selectionId;
    }

    public long getFirmId() {
        return firmId;
    }

    public String getReason() {
        return reason;
    }

    public Long getEvidenceFileId() {
        return evidenceFileId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getAnswerDue() {
        return answerDue;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public Long getDisqualifiedFirmId() {
        return disqualifiedFirmId;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
