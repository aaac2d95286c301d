package org.zjcs.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.RegistrationQueue;
import org.zjcs.security.application.ReviewQueueEntry;
import org.zjcs.security.domain.Organisation;
import org.zjcs.security.domain.OrganisationKind;
import org.zjcs.security.domain.Registration;
import org.zjcs.security.domain.ReviewStep;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.region.RegionService;

/**
 * Backing bean of the registration review include ({@code WEB-INF/includes/registration-review.xhtml}), one for every
 * kind of organisation: operator/reviews.xhtml (firms), operator/owner-reviews.xhtml (owners). The queue of a kind,
 * one registration opened for review, approve or return with a reason.
 */
@Named
@ViewScoped
public class RegistrationReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationQueue registrations;

    @Inject
    AccountService accounts;

    @Inject
    RegionService regions;

    private String kind;
    private Long selectedId;
    private String reason;

    /** The registrations of {@code kind} ({@link OrganisationKind} name, or another kind's key) waiting for review. */
    public List<ReviewQueueEntry> queue(String kind) {
        return registrations.queue(kind);
    }

    public void open(String kind, long organisationId) {
        this.kind = kind;
        selectedId = organisationId;
        reason = null;
    }

    public void approve() {
        try {
            registrations.approve(kind, selectedId);
            Messages.info("review.approved", getOrganisation().getName());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void returnRegistration() {
        try {
            registrations.returnForCorrection(kind, selectedId, reason);
            Messages.info("review.returned", getOrganisation().getName());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public boolean isOpen() {
        return selectedId != null;
    }

    /** The opened registration (a firm's, an owner's ...), for the kind's own details on the page. */
    public Registration getRegistration() {
        return selectedId == null ? null : registrations.forReview(kind, selectedId);
    }

    public Organisation getOrganisation() {
        return selectedId == null ? null : accounts.organisation(selectedId);
    }

    public String getRegionName() {
        Registration r = getRegistration();
        return r == null ? "" : regions.fullName(r.getRegionCode());
    }

    public List<ReviewStep> getHistory() {
        return selectedId == null ? List.of() : registrations.history(kind, selectedId);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
