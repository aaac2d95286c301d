package org.zjcs.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.zjcs.shared.error.DomainException;

/**
 * The operator's review of an organisation's registration, the same for every kind of organisation: its life cycle
 * ({@link RegistrationStatus}: submitted → approved, or returned with a reason → resubmitted), the time the review
 * deadline counts from (the latest submission), the approval, the suspension and reinstatement of an approved
 * organisation (each with a reason), and the history of these steps, appended by every action and never changed.
 * <p>
 * Embedded in each registration's entity (columns {@code registration_status}, {@code submitted_at},
 * {@code approved_at}); the steps live in the entity's own table and are bound to the review by
 * {@link #over(List)} ({@link Registration#review()}).
 */
@Embeddable
public class RegistrationReview {

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", nullable = false, length = 16)
    private RegistrationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Transient
    private List<ReviewStep> steps = new ArrayList<>();

    protected RegistrationReview() {
    }

    private RegistrationReview(Instant submittedAt) {
        this.status = RegistrationStatus.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    /** A registration submitted by {@code actor}: its first step is appended to {@code steps}. */
    public static RegistrationReview submitted(String actor, Instant now, List<ReviewStep> steps) {
        RegistrationReview review = new RegistrationReview(now).over(steps);
        review.step(ReviewAction.SUBMITTED, null, actor, now);
        return review;
    }

    /** Binds the review to its history (the entity's persistent list, oldest first); returns this review. */
    public RegistrationReview over(List<ReviewStep> history) {
        this.steps = history;
        return this;
    }

    public void approve(String operator, Instant now) {
        status = status.approve();
        approvedAt = now;
        step(ReviewAction.APPROVED, null, operator, now);
    }

    /** Returns the registration for correction; the reason is required (see {@link #requireReason}). */
    public String returnForCorrection(String operator, String reason, Instant now) {
        String r = requireReason(reason);
        status = status.returnForCorrection();
        step(ReviewAction.RETURNED, r, operator, now);
        return r;
    }

    /** The organisation has corrected its returned registration: the review deadline counts from now. */
    public void resubmit(String actor, Instant now) {
        status = status.resubmit();
        submittedAt = now;
        step(ReviewAction.RESUBMITTED, null, actor, now);
    }

    /**
     * Suspends an approved organisation whose standing is {@code ACTIVE}, with a reason; the organisation's standing
     * itself lives in {@link Organisation}. Returns the reason as kept.
     */
    public String suspend(OrganisationStatus standing, String operator, String reason, Instant now) {
        String r = requireReason(reason);
        requireApproved();
        if (standing != OrganisationStatus.ACTIVE) {
            throw new DomainException("registration.error.alreadySuspended");
        }
        step(ReviewAction.SUSPENDED, r, operator, now);
        return r;
    }

    /** Reinstates a suspended organisation, with a reason. Returns the reason as kept. */
    public String reinstate(OrganisationStatus standing, String operator, String reason, Instant now) {
        String r = requireReason(reason);
        requireApproved();
        if (standing != OrganisationStatus.SUSPENDED) {
            throw new DomainException("registration.error.notSuspended");
        }
        step(ReviewAction.REINSTATED, r, operator, now);
        return r;
    }

    private void requireApproved() {
        if (status != RegistrationStatus.APPROVED) {
            throw new DomainException("registration.error.notApproved");
        }
    }

    private void step(ReviewAction action, String reason, String actor, Instant now) {
        steps.add(new ReviewStep(action, reason, actor, now));
    }

    /** The reason of a return, suspension or reinstatement: required, kept to the column's 1,000 characters. */
    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("registration.error.reasonRequired");
        }
        String r = reason.trim();
        return r.length() > 1000 ? r.substring(0, 1000) : r;
    }

    /** The reason of the latest return, or null when the registration was never returned. */
    public String latestReturnReason() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).getAction() == ReviewAction.RETURNED) {
                return steps.get(i).getReason();
            }
        }
        return null;
    }

    public boolean isReturned() {
        return status == RegistrationStatus.RETURNED;
    }

    /** Every step, oldest first (read-only). */
    public List<ReviewStep> history() {
        return Collections.unmodifiableList(steps);
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
