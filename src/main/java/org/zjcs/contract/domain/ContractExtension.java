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
import java.time.Instant;
import java.time.LocalDate;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.history.Exchange;

/**
 * A request of the winning firm to extend the service period of a confirmed contract (服务期延期), answered by the
 * owner unit. Every request is kept, whatever its answer (sequence 1, 2, … per notice).
 */
@Entity
@Table(name = "contract_extension")
@NamedQuery(name = "ContractExtension.ofNotice",
        query = "SELECT e FROM ContractExtension e WHERE e.noticeId = :notice ORDER BY e.sequenceNo")
public class ContractExtension {

    public static final int REASON_LENGTH = 1000;
    /** How far past the current service end a request may reach, in years. */
    public static final int MAX_EXTENSION_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private long noticeId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "requested_end", nullable = false)
    private LocalDate requestedEnd;

    @Column(name = "reason", nullable = false, length = REASON_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ExtensionStatus status;

    /** Requested by and when ({@code requested_by/at}); approved or refused by and when, with the refusal reason. */
    @Embedded
    @AttributeOverride(name = "submittedBy", column = @Column(name = "requested_by", nullable = false, length = 100))
    @AttributeOverride(name = "submittedAt", column = @Column(name = "requested_at", nullable = false))
    @AttributeOverride(name = "answerReason", column = @Column(name = "answer_reason", length = REASON_LENGTH))
    private Exchange exchange;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContractExtension() {
    }

    /**
     * A new request; the dates and the reason are checked here ({@link #checkRequest}), the caller and the notice's
     * state by the service.
     */
    public ContractExtension(long noticeId, long contractId, int sequenceNo, LocalDate serviceStart, LocalDate currentEnd,
                             LocalDate requestedEnd, String reason, Instant now, String by) {
        checkRequest(serviceStart, currentEnd, requestedEnd, reason);
        this.noticeId = noticeId;
        this.contractId = contractId;
        this.sequenceNo = sequenceNo;
        this.requestedEnd = requestedEnd;
        this.reason = reason.trim();
        this.status = ExtensionStatus.REQUESTED;
        this.exchange = Exchange.submitted(by, now);
    }

    /**
     * The rules of a request: a reason (at most {@value #REASON_LENGTH} characters) and a new end date that is not before
     * the service start (its own message) and lies after the current service end (the contract's, or the latest
     * approved extension's), by at most {@value #MAX_EXTENSION_YEARS} years.
     */
    public static void checkRequest(LocalDate serviceStart, LocalDate currentEnd, LocalDate requestedEnd, String reason) {
        if (requestedEnd == null) {
            throw new DomainException("extension.error.endRequired");
        }
        if (requestedEnd.isBefore(serviceStart)) {
            throw new DomainException("extension.error.endBeforeStart", serviceStart.toString());
        }
        if (!requestedEnd.isAfter(currentEnd)) {
            throw new DomainException("extension.error.notAfterCurrentEnd", currentEnd.toString());
        }
        if (requestedEnd.isAfter(currentEnd.plusYears(MAX_EXTENSION_YEARS))) {
            // an end in the year 9999 is a typing or an input error, not a service period (issue 14, bad-input corpus)
            throw new DomainException("extension.error.endTooLate", currentEnd.plusYears(MAX_EXTENSION_YEARS).toString());
        }
        checkReason(reason, "extension.error.reasonRequired");
    }

    private static void checkReason(String reason, String requiredKey) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (reason.trim().length() > REASON_LENGTH) {
            throw new DomainException("extension.error.reasonTooLong");
        }
    }

    /** The owner unit approves: the effective service end becomes the requested end. */
    public void approve(Instant now, String by) {
        status = status.approve();
        exchange.answer(by, now, null);
    }

    /** The owner unit refuses, with a reason (required). */
    public void refuse(String why, Instant now, String by) {
        ExtensionStatus next = status.refuse();
        checkReason(why, "extension.error.answerReasonRequired");
        status = next;
        exchange.answer(by, now, why.trim());
    }

    public Long getId() {
        return id;
    }

    public long getNoticeId() {
        return noticeId;
    }

    public long getContractId() {
        return contractId;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public LocalDate getRequestedEnd() {
        return requestedEnd;
    }

    public String getReason() {
        return reason;
    }

    public ExtensionStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return exchange.getSubmittedAt();
    }

    public String getRequestedBy() {
        return exchange.getSubmittedBy();
    }

    public Instant getAnsweredAt() {
        return exchange.getAnsweredAt();
    }

    public String getAnsweredBy() {
        return exchange.getAnsweredBy();
    }

    public String getAnswerReason() {
        return exchange.getAnswerReason();
    }
}
