package org.zjcs.contract.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.history.Exchange;

/**
 * One uploaded version of the signed contract of an awarded notice (合同备案). The other party confirms it or returns it
 * with a reason; a returned version is kept and a corrected one follows with the next revision number.
 */
@Entity
@Table(name = "contract_version")
@NamedQuery(name = "ContractVersion.ofNotice",
        query = "SELECT c FROM ContractVersion c WHERE c.noticeId = :notice ORDER BY c.revision")
public class ContractVersion {

    public static final int CONTENT_LENGTH = 2000;
    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "uploader_party", nullable = false, length = 8)
    private ContractParty uploaderParty;

    @Column(name = "uploader_org_id", nullable = false)
    private long uploaderOrgId;

    @Column(name = "winner_firm_id", nullable = false)
    private long winnerFirmId;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "service_content", nullable = false, length = CONTENT_LENGTH)
    private String serviceContent;

    @Column(name = "service_start", nullable = false)
    private LocalDate serviceStart;

    @Column(name = "service_end", nullable = false)
    private LocalDate serviceEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ContractStatus status;

    /** Filed by and when; confirmed or returned by and when, with the return reason ({@code return_reason}). */
    @Embedded
    @AttributeOverride(name = "answerReason", column = @Column(name = "return_reason", length = REASON_LENGTH))
    private Exchange exchange;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** The other party's answer limit: {@code contract.answer.working-days} after the upload; null before V41. */
    @Column(name = "answer_due_at")
    private Instant answerDueAt;

    /** Set on the confirmed version: someone missed a limit (firm or owner; before V41: confirmed after due_at). */
    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "firm_late", nullable = false)
    private boolean firmLate;

    @Column(name = "owner_late", nullable = false)
    private boolean ownerLate;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContractVersion() {
    }

    /** The terms are checked here (content, dates); the amount against the award and the file by the service. */
    public ContractVersion(long noticeId, int revision, ContractParty uploaderParty, long uploaderOrgId, long winnerFirmId,
                           long fileId, BigDecimal amount, String serviceContent, LocalDate serviceStart,
                           LocalDate serviceEnd, Instant submittedAt, String submittedBy, Instant dueAt,
                           Instant answerDueAt) {
        checkTerms(serviceContent, serviceStart, serviceEnd);
        this.noticeId = noticeId;
        this.revision = revision;
        this.uploaderParty = uploaderParty;
        this.uploaderOrgId = uploaderOrgId;
        this.winnerFirmId = winnerFirmId;
        this.fileId = fileId;
        this.amount = amount;
        this.serviceContent = serviceContent.trim();
        this.serviceStart = serviceStart;
        this.serviceEnd = serviceEnd;
        this.exchange = Exchange.submitted(submittedBy, submittedAt);
        this.dueAt = dueAt;
        this.answerDueAt = answerDueAt;
        this.status = ContractStatus.SUBMITTED;
    }

    /** Refuses missing or too long service content, missing dates and an end before the start. */
    public static void checkTerms(String serviceContent, LocalDate start, LocalDate end) {
        if (serviceContent == null || serviceContent.isBlank()) {
            throw new DomainException("contract.error.contentRequired");
        }
        if (serviceContent.trim().length() > CONTENT_LENGTH) {
            throw new DomainException("contract.error.contentTooLong");
        }
        if (start == null || end == null) {
            throw new DomainException("contract.error.datesRequired");
        }
        if (end.isBefore(start)) {
            throw new DomainException("contract.error.endBeforeStart");
        }
    }

    /** The other party confirms; who was late is settled by the aggregate ({@link #settle}). */
    public void confirm(Instant now, String by) {
        status = status.confirm();
        exchange.answer(by, now, null);
    }

    /** The confirmed filing's blame (Contract.confirm): who missed a limit over the whole history. */
    void settle(Blame blame) {
        firmLate = blame.firmLate();
        ownerLate = blame.ownerLate();
        late = blame.anyone();
    }

    /** Judged by the fair-blame rule (uploaded since V41, with an answer limit); older versions by the old rule. */
    public boolean isFairlyJudged() {
        return answerDueAt != null;
    }

    /** The uploader filed this version after its limit ({@link #getDueAt}). */
    public boolean isUploadedLate() {
        return isFairlyJudged() && exchange.getSubmittedAt().isAfter(dueAt);
    }

    /** The other party answered (confirmed or returned) after its limit ({@link #getAnswerDueAt}). */
    public boolean isAnsweredLate() {
        return isFairlyJudged() && exchange.getAnsweredAt() != null && exchange.getAnsweredAt().isAfter(answerDueAt);
    }

    /** The other party returns it with a reason (required). */
    public void returnWith(String reason, Instant now, String by) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("contract.error.reasonRequired");
        }
        if (reason.trim().length() > REASON_LENGTH) {
            throw new DomainException("contract.error.reasonTooLong");
        }
        status = status.returnIt();
        exchange.answer(by, now, reason.trim());
    }

    /** The winning firm declined the award (放弃中选): this open version is withdrawn. */
    public void withdraw(Instant now, String by) {
        status = status.withdraw();
        withdrawnAt = now;
        withdrawnBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public int getRevision() {
        return revision;
    }

    public ContractParty getUploaderParty() {
        return uploaderParty;
    }

    public long getUploaderOrgId() {
        return uploaderOrgId;
    }

    public long getWinnerFirmId() {
        return winnerFirmId;
    }

    public long getFileId() {
        return fileId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getServiceContent() {
        return serviceContent;
    }

    public LocalDate getServiceStart() {
        return serviceStart;
    }

    public LocalDate getServiceEnd() {
        return serviceEnd;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return exchange.getSubmittedAt();
    }

    public String getSubmittedBy() {
        return exchange.getSubmittedBy();
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getAnsweredAt() {
        return exchange.getAnsweredAt();
    }

    public String getAnsweredBy() {
        return exchange.getAnsweredBy();
    }

    public String getReturnReason() {
        return exchange.getAnswerReason();
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public boolean isLate() {
        return late;
    }

    public Instant getAnswerDueAt() {
        return answerDueAt;
    }

    public boolean isFirmLate() {
        return firmLate;
    }

    public boolean isOwnerLate() {
        return ownerLate;
    }
}
