package org.zjcs.firm.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.MaterialKind;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.ReviewEvent;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.region.RegionService;
import org.zjcs.security.application.AccountService;
import org.zjcs.security.application.ReviewQueueEntry;
import org.zjcs.security.domain.Organisation;

/** Backing bean of operator/reviews.xhtml: the queue of registrations, one opened for review, approve or return. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FirmService firmService;

    @Inject
    transient AccountService accounts;

    @Inject
    transient RegionService regions;

    private Long selectedId;
    private String reason;

    public List<ReviewQueueEntry> getQueue() {
        return firmService.reviewQueue();
    }

    public void open(long firmId) {
        selectedId = firmId;
        reason = null;
    }

    public void approve() {
        try {
            firmService.approve(selectedId);
            Messages.info("review.approved", getOrganisation().getName());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void returnRegistration() {
        try {
            firmService.returnForCorrection(selectedId, reason);
            Messages.info("review.returned", getOrganisation().getName());
            selectedId = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public boolean isOpen() {
        return selectedId != null;
    }

    public Firm getFirm() {
        return selectedId == null ? null : firmService.firmForReview(selectedId);
    }

    public Organisation getOrganisation() {
        return selectedId == null ? null : accounts.organisation(selectedId);
    }

    public String getRegionName() {
        Firm f = getFirm();
        return f == null ? "" : regions.fullName(f.getRegionCode());
    }

    public Map<MaterialKind, Long> getMaterials() {
        Firm f = getFirm();
        return f == null ? Map.of() : f.materialFiles();
    }

    public List<Qualification> getQualifications() {
        return selectedId == null ? List.of() : firmService.qualifications(selectedId);
    }

    public List<ReviewEvent> getHistory() {
        return selectedId == null ? List.of() : firmService.history(selectedId);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
