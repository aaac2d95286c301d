package org.zjcs.firm.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.application.QualificationService;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.QualificationEvent;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.security.domain.RegistrationStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of firm/qualifications.xhtml: the firm's qualifications with their review status, and one form to add
 * a qualification, to renew one ({@code ?renew=id}) or to correct a returned one ({@code ?correct=id}).
 */
@Named
@ViewScoped
public class FirmQualificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualificationService qualificationService;

    @Inject
    FirmService firmService;

    @Inject
    CatalogService catalog;

    /** The qualification being renewed, or null. */
    private Long renewId;
    /** The returned qualification being corrected, or null. */
    private Long correctId;
    /** The certificate number of the one being renewed or corrected, for the form's heading. */
    private String targetCertificate;
    /** Whether the firm's registration is approved (then it may add and renew qualifications); read once per page. */
    private boolean firmApproved;
    @Inject
    HeldFiles held;

    private QualificationInput input = new QualificationInput();
    private transient List<Qualification> qualifications;
    private transient List<QualificationEvent> history;

    /** Called by f:viewAction on the first request: takes the mode from the address and prefills the form. */
    public void load() {
        Firm firm = firmService.myFirmIfAny();
        firmApproved = firm != null && firm.getStatus() == RegistrationStatus.APPROVED;
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        renewId = id(params.get("renew"));
        correctId = renewId == null ? id(params.get("correct")) : null;
        Long target = renewId != null ? renewId : correctId;
        if (target == null) {
            return;
        }
        try {
            Qualification q = qualificationService.myQualification(target);
            targetCertificate = q.getCertificateNo();
            input.setTypeCode(q.getTypeCode());
            input.setLevel(q.getLevel());
            if (correctId != null) {
                input.setCertificateNo(q.getCertificateNo());
                input.setIssuer(q.getIssuer());
                input.setValidFrom(q.getValidFrom());
                input.setValidTo(q.getValidTo());
            }
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void submit() {
        qualifications = null;
        history = null;
        try {
            input.holdScan(held);
            RegistrationForm.QualificationForm form = input.toForm(held);
            if (renewId != null) {
                qualificationService.renewQualification(renewId, form);
                Messages.info("qualification.firm.renewed");
            } else if (correctId != null) {
                qualificationService.resubmitQualification(correctId, form);
                Messages.info("qualification.firm.resubmitted");
            } else {
                qualificationService.addQualification(form);
                Messages.info("qualification.firm.added");
            }
            input.release(held);
            clear();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    private void clear() {
        renewId = null;
        correctId = null;
        targetCertificate = null;
        input = new QualificationInput();
    }

    private static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Qualifications are added and renewed once the registration is approved. */
    public boolean isFirmApproved() {
        return firmApproved;
    }

    public List<Qualification> getQualifications() {
        if (qualifications == null) {
            qualifications = qualificationService.myQualifications();
        }
        return qualifications;
    }

    public List<QualificationEvent> getHistory() {
        if (history == null) {
            history = qualificationService.myQualificationHistory();
        }
        return history;
    }

    /** Certificate numbers by qualification id, to name the qualification of each history step. */
    public Map<Long, String> getCertificates() {
        Map<Long, String> m = new HashMap<>();
        for (Qualification q : getQualifications()) {
            m.put(q.getId(), q.getCertificateNo());
        }
        return m;
    }

    /** The reason of the latest return, for a qualification that is returned now. */
    public String returnReason(Qualification q) {
        if (q.getStatus() != QualificationStatus.RETURNED) {
            return null;
        }
        String reason = null;
        for (QualificationEvent e : getHistory()) {
            if (e.getQualificationId() == q.getId() && e.getAction() == QualificationEvent.Action.RETURNED) {
                reason = e.getReason();
            }
        }
        return reason;
    }

    /** Whether a renewal of {@code q} waits for review or correction (then it is not offered for renewal again). */
    public boolean renewalOpen(Qualification q) {
        return getQualifications().stream().anyMatch(r -> q.getId().equals(r.getReplacesId())
                && (r.getStatus() == QualificationStatus.PENDING || r.getStatus() == QualificationStatus.RETURNED));
    }

    public boolean isRenewing() {
        return renewId != null;
    }

    public boolean isCorrecting() {
        return correctId != null;
    }

    public String getTargetCertificate() {
        return targetCertificate;
    }

    public Collection<QualificationType> getQualificationTypes() {
        return catalog.qualificationTypes().values();
    }

    public List<String> getLevels() {
        return input.levels(catalog.qualificationTypes());
    }

    public QualificationInput getInput() {
        return input;
    }
}
