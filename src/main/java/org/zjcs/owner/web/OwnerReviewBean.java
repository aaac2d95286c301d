package org.zjcs.owner.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.owner.application.OwnerService;
import org.zjcs.owner.domain.OwnerReviewEvent;
import org.zjcs.owner.domain.OwnerUnit;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ReviewQueueEntry;
import org.zjcs.security.domain.Organisation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.region.RegionService;

/** Backing bean of operator/owner-reviews.xhtml: owner registrations waiting for review; approve or return. */
@Named
@ViewScoped
public class OwnerReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OwnerService ownerService;

    @Inject
    transient AccountService accounts;

    @Inject
    transient RegionService regions;

    private Long selectedId;
    private String reason;

    public List<ReviewQueueEntry> getQueue() {
        return ownerService.reviewQueue();
    }

    public void open(long ownerId) {
        selectedId = ownerId;
        reason = null;
    }

    public void approve() {
        try {
            ownerService.approve(selectedId);
            Messages.info("review.approved", getOrganisation().getName());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void returnRegistration() {
        try {
            ownerService.returnForCorrection(selectedId, reason);
            Messages.info("review.returned", getOrganisation().getName());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public boolean isOpen() {
        return selectedId != null;
    }

    public OwnerUnit getUnit() {
        return selectedId == null ? null : ownerService.unitForReview(selectedId);
    }

    public Organisation getOrganisation() {
        return selectedId == null ? null : accounts.organisation(selectedId);
    }

    public String getRegionName() {
        OwnerUnit u = getUnit();
        return u == null ? "" : regions.fullName(u.getRegionCode());
    }

    public List<OwnerReviewEvent> getHistory() {
        return selectedId == null ? List.of() : ownerService.history(selectedId);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
