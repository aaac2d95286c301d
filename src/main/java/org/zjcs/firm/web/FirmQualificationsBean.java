package org.zjcs.firm.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.catalog.domain.QualificationType;
import org.zjcs.firm.application.FirmService;
import org.zjcs.firm.application.QualificationService;
import org.zjcs.firm.application.RegistrationForm;
import org.zjcs.firm.domain.Firm;
import org.zjcs.firm.domain.Qualification;
import org.zjcs.firm.domain.QualificationEvent;
import org.zjcs.firm.domain.QualificationStatus;
import org.zjcs.firm.domain.RegistrationStatus;
import org.zjcs.shared.error.DomainException;
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
    transient QualificationService qualificationService;

    @Inject
    transient FirmService firmService;

    @Inject
    transient CatalogService catalog;

    /** The qualification being renewed, or null. */
    private Long renewId;
    /** The returned qualification being corrected, or null. */
    private Long correctId;
    /** The certificate number of the one being renewed or corrected, for the form's heading. */
    private String targetCertificate;
    private String typeCode;
    private String level;
    private String certificateNo;
    private String issuer;
    private LocalDate validFrom;
    private LocalDate validTo;
    private transient UploadedFile scan;
    private transient List<Qualification> qualifications;
    private transient List<QualificationEvent> history;

    /** Called by f:viewAction on the first request: takes the mode from the address and prefills the form. */
    public void load() {
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
            typeCode = q.getTypeCode();
            level = q.getLevel();
            if (correctId != null) {
                certificateNo = q.getCertificateNo();
                issuer = q.getIssuer();
                validFrom = q.getValidFrom();
                validTo = q.getValidTo();
            }
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void submit() {
        qualifications = null;
        history = null;
        try {
            RegistrationForm.QualificationForm form = new RegistrationForm.QualificationForm(typeCode, level, certificateNo,
                    issuer, validFrom, validTo, Uploads.of(scan));
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
            clear();
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.error.io");
        }
    }

    private void clear() {
        renewId = null;
        correctId = null;
        targetCertificate = null;
        typeCode = null;
        level = null;
        certificateNo = null;
        issuer = null;
        validFrom = null;
        validTo = null;
        scan = null;
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
        Firm f = firmService.myFirmIfAny();
        return f != null && f.getStatus() == RegistrationStatus.APPROVED;
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
        QualificationType t = typeCode == null ? null : catalog.qualificationTypes().get(typeCode);
        return t == null ? List.of() : t.levelList();
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }
}
