package org.zjcs.firm.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.firm.application.QualificationQueueEntry;
import org.zjcs.firm.application.QualificationReviews;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of operator/qualification-reviews.xhtml: the qualifications that firms added or renewed, oldest first;
 * one opened ({@code ?id=}) is approved or returned with a reason.
 */
@Named
@ViewScoped
public class QualificationReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualificationReviews qualificationReviews;

    private Long selectedId;
    /** Whether the opened qualification was waiting for review when the page showed it (the buttons are offered then). */
    private boolean decidable;
    private String reason;
    /** The opened qualification as read in this request (read again after every action). */
    private transient QualificationQueueEntry selected;

    /** Called by f:viewAction on the first request: opens the qualification named by {@code ?id=}. */
    public void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            selectedId = Long.valueOf(id.trim());
            decidable = getSelected().getQualification().getStatus() == QualificationStatus.PENDING;
        } catch (NumberFormatException e) {
            selectedId = null;
        } catch (DomainException e) {
            selectedId = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void approve() {
        selected = null;
        try {
            String certificate = getSelected().getQualification().getCertificateNo();
            qualificationReviews.approveQualification(selectedId);
            Messages.info("qualification.review.approved", certificate);
            close();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void returnQualification() {
        selected = null;
        try {
            String certificate = getSelected().getQualification().getCertificateNo();
            qualificationReviews.returnQualification(selectedId, reason);
            Messages.info("qualification.review.returned", certificate);
            close();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    private void close() {
        selectedId = null;
        decidable = false;
        reason = null;
        selected = null;
    }

    public List<QualificationQueueEntry> getQueue() {
        return qualificationReviews.reviewQueue();
    }

    public boolean isOpen() {
        return selectedId != null;
    }

    public boolean isDecidable() {
        return decidable;
    }

    public QualificationQueueEntry getSelected() {
        if (selected == null && selectedId != null) {
            selected = qualificationReviews.qualificationForReview(selectedId);
        }
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
