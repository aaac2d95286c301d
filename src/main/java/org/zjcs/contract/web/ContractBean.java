package org.zjcs.contract.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.contract.application.ContractActions;
import org.zjcs.contract.application.AwardDeclining;
import org.zjcs.contract.application.ContractAnswers;
import org.zjcs.contract.application.ContractFiling;
import org.zjcs.contract.application.ContractQueries;
import org.zjcs.contract.application.ServiceExtensions;
import org.zjcs.contract.domain.ContractExtension;
import org.zjcs.contract.domain.ContractStatus;
import org.zjcs.contract.domain.ContractVersion;
import org.zjcs.contract.domain.ExtensionStatus;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.shared.web.UploadedFiles;

/**
 * Backing bean of account/contract.xhtml (合同备案), shared by both parties of an awarded notice: the upload form, the
 * versions, and confirm or return for the other party. Each action form is shown only to whoever may use it now (see
 * docs/domain-rules.md); the flags are computed once per view and kept until an action of this view, so that a form
 * shown on the page still decodes on its postback when the state changed meanwhile (the service then decides).
 */
@Named
@ViewScoped
public class ContractBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractQueries queries;

    @Inject
    ContractFiling filing;

    @Inject
    ContractAnswers answers;

    @Inject
    ServiceExtensions extensions;

    @Inject
    AwardDeclining declining;

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
    /** Which forms this view shows: computed once per view, again after an action of this view. */
    private ContractActions forms;
    private transient UploadedFile file;
    private final PerRequest<ContractQueries.View> view = new PerRequest<>();

    /** Read once per request (a postback reads it afresh), and again after an action changed it. */
    private ContractQueries.View view() {
        return id == null ? null : view.get(() -> queries.view(id).orElse(null));
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

    /** The forms of this view: what the service says the caller may do, on first use, kept for the postback. */
    private ContractActions forms() {
        if (forms == null && view() != null) {
            forms = view().actions();
        }
        return forms == null ? ContractActions.NONE : forms;
    }

    /** The upload form: the owner or the winning firm while AWARDED with no version yet, or the uploader of a returned one. */
    public boolean isCanSubmit() {
        return forms().canSubmit();
    }

    /** Awarded or any later state of the contract chain (not DECLINED). */
    public boolean isAwarded() {
        Notice n = getNotice();
        return n != null && n.getStatus().isAwardedOrLater();
    }

    /** The winning firm declined the award: the page points to the notice page instead of saying "not yet awarded". */
    public boolean isDeclined() {
        Notice n = getNotice();
        return n != null && n.getStatus() == NoticeStatus.DECLINED;
    }

    /** The version awaiting confirmation, if any (for the parties). */
    public ContractVersion getPending() {
        ContractVersion last = last();
        return isOneOfTheParties() && last != null && last.getStatus() == ContractStatus.SUBMITTED ? last : null;
    }

    /** The confirm / return form: for the other party of the submitted version only. */
    public boolean isCanAnswer() {
        return forms().canAnswer();
    }

    /** The caller uploaded the version awaiting the other party: it sees only the hint that it waits. */
    public boolean isOwnPending() {
        return forms().isWaiting();
    }

    /** The awarded firm may decline the award (放弃中选) while the notice is AWARDED; nobody else sees the form. */
    public boolean isCanDecline() {
        return forms().canDecline();
    }

    public void decline() {
        try {
            declining.declineAward(id, declineReason);
            declineReason = null;
            Messages.info("decline.done");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    public void submit() {
        try {
            filing.submit(id, amount, serviceContent, date(start), date(end), UploadedFiles.of(file));
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
            changed();
        }
    }

    public void confirm() {
        ContractVersion p = getPending();
        try {
            if (p == null) {
                throw new DomainException("contract.error.notSubmitted");
            }
            answers.confirm(p.getId());
            Messages.info("contract.confirmed");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    public void returnContract() {
        ContractVersion p = getPending();
        try {
            if (p == null) {
                throw new DomainException("contract.error.notSubmitted");
            }
            answers.returnContract(p.getId(), reason);
            reason = null;
            Messages.info("contract.returned");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    /** After an action of this view: read the state again and show the forms that now apply. */
    private void changed() {
        view.reset();
        forms = null;
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

    /** The extension request form: the winning firm while the service runs (CONTRACTED or IN_SERVICE), none pending. */
    public boolean isCanRequestExtension() {
        return forms().canRequestExtension();
    }

    /** The firm's request awaits the owner's answer (the firm sees that it waits, not the form). */
    public boolean isExtensionWaiting() {
        Notice n = getNotice();
        return "FIRM".equals(getParty()) && getPendingExtension() != null && n != null
                && (n.getStatus() == NoticeStatus.CONTRACTED || n.getStatus() == NoticeStatus.IN_SERVICE);
    }

    /** Approve / refuse: for the owner unit while the service runs and a request is pending. */
    public boolean isCanAnswerExtension() {
        return forms().canAnswerExtension();
    }

    public void requestExtension() {
        try {
            extensions.request(id, date(extensionEnd), extensionReason);
            Messages.info("extension.requested");
            extensionEnd = null;
            extensionReason = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    public void approveExtension() {
        try {
            extensions.approve(pendingExtensionId());
            Messages.info("extension.approved");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    public void refuseExtension() {
        try {
            extensions.refuse(pendingExtensionId(), answerReason);
            answerReason = null;
            Messages.info("extension.refused");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    /** The id of the request the page shows as pending; none: the service's own refusal. */
    private long pendingExtensionId() {
        ContractExtension e = getPendingExtension();
        if (e == null) {
            throw new DomainException("extension.error.notRequested");
        }
        return e.getId();
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
        return org.zjcs.shared.time.DateText.parseOrNull(text);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (!java.util.Objects.equals(this.id, id)) {
            this.forms = null;
        }
        this.id = id;
        this.view.reset();
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
