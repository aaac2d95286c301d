package org.zjcs.contract.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.contract.application.ContractService;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractStatus;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.ExtensionStatus;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.UploadedFiles;

/**
 * Backing bean of account/contract.xhtml (合同备案), shared by both parties of an awarded notice: the upload form, the
 * versions, and confirm or return for the other party.
 */
@Named
@ViewScoped
public class ContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ContractService contracts;

    private Long id;
    private BigDecimal amount;
    private String serviceContent;
    private String start;
    private String end;
    private String reason;
    private String extensionEnd;
    private String extensionReason;
    private String answerReason;
    private String declineReason;
    /** Computed once per view so that the decline form still decodes when the state changed meanwhile (the service decides). */
    private Boolean declinable;
    private transient UploadedFile file;
    private transient ContractService.View view;
    private transient Object viewOf;

    /** Read once per request (a postback reads it afresh), and again after an action changed it. */
    private ContractService.View view() {
        Object request = FacesContext.getCurrentInstance();
        if (viewOf != request) {
            view = null;
        }
        if (view == null && id != null) {
            view = contracts.view(id).orElse(null);
            viewOf = request;
        }
        return view;
    }

    public Notice getNotice() {
        return view() == null ? null : view().notice();
    }

    public String getParty() {
        return view() == null || view().party() == null ? null : view().party().name();
    }

    public BigDecimal getAwardAmount() {
        return view() == null ? null : view().awardAmount();
    }

    public Long getWinnerFirmId() {
        return view() == null ? null : view().winnerFirmId();
    }

    public Instant getDueAt() {
        return view() == null ? null : view().dueAt().orElse(null);
    }

    public List<ContractVersion> getVersions() {
        return view() == null ? List.of() : view().versions();
    }

    private ContractVersion last() {
        List<ContractVersion> all = getVersions();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** The caller is one of the two parties (the owner unit or the winning firm). */
    public boolean isOneOfTheParties() {
        return view() != null && view().party() != null;
    }

    /**
     * The upload form is shown unless a version is pending, confirmed, or was the other party's: the service decides
     * (a notice not awarded, or a caller who is not a party, is refused there with a clear message).
     */
    public boolean isCanSubmit() {
        Notice n = getNotice();
        if (n == null) {
            return false;
        }
        ContractVersion last = last();
        return last == null || last.getStatus() == ContractStatus.RETURNED && last.getUploaderParty().name().equals(getParty());
    }

    /** Awarded or any later state. */
    public boolean isAwarded() {
        Notice n = getNotice();
        return n != null && n.getStatus().ordinal() >= NoticeStatus.AWARDED.ordinal()
                && n.getStatus().ordinal() <= NoticeStatus.COMPLETED.ordinal();
    }

    /**
     * The version awaiting confirmation, if any, for either party: the other party confirms or returns it; the uploader
     * sees the same buttons and is refused by the service with a message saying why.
     */
    public ContractVersion getPending() {
        ContractVersion last = last();
        return isOneOfTheParties() && last != null && last.getStatus() == ContractStatus.SUBMITTED ? last : null;
    }

    /** The pending version is this party's own upload. */
    public boolean isOwnPending() {
        ContractVersion p = getPending();
        return p != null && p.getUploaderParty().name().equals(getParty());
    }

    /** The awarded firm may decline the award (放弃中选) while the notice is AWARDED; nobody else sees the form. */
    public boolean isCanDecline() {
        if (declinable == null && view() != null) {
            declinable = view().declinable();
        }
        return Boolean.TRUE.equals(declinable);
    }

    public void decline() {
        try {
            contracts.declineAward(id, declineReason);
            declineReason = null;
            declinable = null; // no longer the awarded firm: the form goes away
            Messages.info("decline.done");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            view = null;
        }
    }

    public void submit() {
        try {
            contracts.submit(id, amount, serviceContent, date(start), date(end), UploadedFiles.of(file));
            Messages.info("contract.submitted");
            amount = null;
            serviceContent = null;
            start = null;
            end = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.error.io");
        } finally {
            view = null;
        }
    }

    public void confirm() {
        ContractVersion p = getPending();
        try {
            if (p == null) {
                throw new DomainException("contract.error.notSubmitted");
            }
            contracts.confirm(p.getId());
            Messages.info("contract.confirmed");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            view = null;
        }
    }

    public void returnContract() {
        ContractVersion p = getPending();
        try {
            if (p == null) {
                throw new DomainException("contract.error.notSubmitted");
            }
            contracts.returnContract(p.getId(), reason);
            reason = null;
            Messages.info("contract.returned");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            view = null;
        }
    }

    public List<ContractExtension> getExtensions() {
        return view() == null ? List.of() : view().extensions();
    }

    /** The effective service end (the latest approved extension's, else the confirmed contract's); null before. */
    public LocalDate getServiceEnd() {
        return view() == null ? null : view().serviceEnd();
    }

    /** The extension request awaiting the owner's answer, if any. */
    public ContractExtension getPendingExtension() {
        return getExtensions().stream().filter(e -> e.getStatus() == ExtensionStatus.REQUESTED).findFirst().orElse(null);
    }

    private boolean serviceRunning() {
        Notice n = getNotice();
        return n != null && (n.getStatus() == NoticeStatus.CONTRACTED || n.getStatus() == NoticeStatus.IN_SERVICE);
    }

    /**
     * The extension request form: while the service runs, for everyone but the owner unit (the service refuses
     * anyone but the winning firm, and a second pending request, with a message).
     */
    public boolean isCanRequestExtension() {
        return serviceRunning() && !"OWNER".equals(getParty());
    }

    /** Approve / refuse: for the owner unit while a request is pending, and for non-parties (refused by the service). */
    public boolean isCanAnswerExtension() {
        return serviceRunning() && ("OWNER".equals(getParty()) && getPendingExtension() != null || getParty() == null);
    }

    public void requestExtension() {
        try {
            contracts.requestExtension(id, date(extensionEnd), extensionReason);
            Messages.info("extension.requested");
            extensionEnd = null;
            extensionReason = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            view = null;
        }
    }

    public void approveExtension() {
        try {
            contracts.approveExtension(id);
            Messages.info("extension.approved");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            view = null;
        }
    }

    public void refuseExtension() {
        try {
            contracts.refuseExtension(id, answerReason);
            answerReason = null;
            Messages.info("extension.refused");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            view = null;
        }
    }

    public String getExtensionEnd() {
        return extensionEnd;
    }

    public void setExtensionEnd(String extensionEnd) {
        this.extensionEnd = extensionEnd;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException("contract.error.dateFormat");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (!java.util.Objects.equals(this.id, id)) {
            this.declinable = null;
        }
        this.id = id;
        this.view = null;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getServiceContent() {
        return serviceContent;
    }

    public void setServiceContent(String serviceContent) {
        this.serviceContent = serviceContent;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
