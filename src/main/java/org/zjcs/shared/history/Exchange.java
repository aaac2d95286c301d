package org.zjcs.shared.history;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * The submitted-then-answered part every request-like record shares (contract version, deliverable version, service
 * extension, objection, credit repair, appeal): who submitted it and when, who answered it, when, and the reason
 * given with the answer (a return or rejection reason; none for a plain acceptance). Default columns
 * {@code submitted_by}, {@code submitted_at}, {@code answered_by}, {@code answered_at}, {@code answer_reason}; an
 * entity whose table names them otherwise maps them with {@code @AttributeOverride}. The record's own status enum
 * says what the answer was; this part only says that there was one, and refuses a second.
 */
@Embeddable
public class Exchange {

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer_reason", length = 500)
    private String answerReason;

    protected Exchange() {
    }

    private Exchange(String submittedBy, Instant submittedAt) {
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** A new exchange: submitted now, not answered. */
    public static Exchange submitted(String by, Instant at) {
        return new Exchange(by, at);
    }

    /**
     * Records the answer. A second answer is a programming error (the owning record's life cycle refuses it first, with
     * the user's message), so it throws {@link IllegalStateException}.
     */
    public void answer(String by, Instant at, String reason) {
        if (isAnswered()) {
            throw new IllegalStateException("already answered at " + answeredAt);
        }
        this.answeredBy = Objects.requireNonNull(by, "answeredBy");
        this.answeredAt = Objects.requireNonNull(at, "answeredAt");
        this.answerReason = reason;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswerReason() {
        return answerReason;
    }
}
