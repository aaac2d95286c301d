package org.zjcs.delivery.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.delivery.application.DeliveryService;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.delivery.domain.DeliverableStatus;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.security.domain.Role;
import org.zjcs.security.infrastructure.CurrentUser;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.storage.Upload;
import org.zjcs.shared.web.UploadedFiles;

/**
 * Backing bean of account/deliverables.xhtml (服务成果), shared by the winning firm (upload), the owner (accept or
 * return) and the linked departments' staff (check). Forms are shown by role; the service refuses whoever may not act.
 */
@Named
@ViewScoped
public class DeliverableBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeliveryService delivery;

    private Long id;
    private String note;
    private String reason;
    private String checkReason;
    private transient UploadedFile file1;
    private transient UploadedFile file2;
    private transient UploadedFile file3;
    private transient DeliveryService.View view;
    private transient Object viewOf;

    private DeliveryService.View view() {
        Object request = FacesContext.getCurrentInstance();
        if (viewOf != request) {
            view = null;
        }
        if (view == null && id != null) {
            view = delivery.view(id).orElse(null);
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

    public boolean isOneOfTheParties() {
        return getParty() != null;
    }

    public Long getWinnerFirmId() {
        return view() == null ? null : view().winnerFirmId();
    }

    public Instant getDueAt() {
        return view() == null ? null : view().dueAt();
    }

    public boolean isOverdue() {
        return view() != null && view().overdue();
    }

    public List<Long> getDepartments() {
        return view() == null ? List.of() : view().departments();
    }

    public List<Deliverable> getVersions() {
        return view() == null ? List.of() : view().versions();
    }

    private Deliverable last() {
        List<Deliverable> all = getVersions();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private static boolean hasRole(Role r) {
        return SecurityUtils.getSubject().hasRole(r.name());
    }

    /** The upload form: for firms (the service refuses a firm that did not win), unless a version is open. */
    public boolean isCanSubmit() {
        if (getNotice() == null || !hasRole(Role.FIRM)) {
            return false;
        }
        Deliverable last = last();
        return last == null || last.getStatus().isReturned();
    }

    /** The version awaiting the owner, shown with the answer form to the owner and the firm (which is refused). */
    public Deliverable getPending() {
        Deliverable last = last();
        String p = getParty();
        return ("OWNER".equals(p) || "FIRM".equals(p)) && last != null && last.getStatus() == DeliverableStatus.SUBMITTED
                ? last : null;
    }

    /** The check form: for approval staff (the service refuses staff of departments not linked, and early checks). */
    public boolean isCanCheck() {
        return getNotice() != null && hasRole(Role.APPROVER);
    }

    /** The caller's department has checked the latest version already. */
    public boolean isCheckedByMe() {
        Deliverable last = last();
        return "APPROVER".equals(getParty()) && last != null
                && CurrentUser.principal()
                        .map(p -> last.checkOf(p.organisationId()).isPresent()).orElse(false);
    }

    public void submit() {
        try {
            List<Upload> uploads = new ArrayList<>();
            for (UploadedFile f : new UploadedFile[] {file1, file2, file3}) {
                if (f != null) {
                    uploads.add(UploadedFiles.of(f));
                }
            }
            delivery.submit(id, note, uploads);
            Messages.info("deliverable.submitted");
            note = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.error.io");
        } finally {
            view = null;
        }
    }

    public void accept() {
        act(() -> delivery.accept(id), "deliverable.accepted");
    }

    public void returnIt() {
        if (act(() -> delivery.returnByOwner(id, reason), "deliverable.returned")) {
            reason = null;
        }
    }

    public void pass() {
        act(() -> delivery.passCheck(id), "deliverable.checkPassed");
    }

    public void returnCheck() {
        if (act(() -> delivery.returnCheck(id, checkReason), "deliverable.checkReturned")) {
            checkReason = null;
        }
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            return true;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return false;
        } finally {
            view = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        this.view = null;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCheckReason() {
        return checkReason;
    }

    public void setCheckReason(String checkReason) {
        this.checkReason = checkReason;
    }

    public UploadedFile getFile1() {
        return file1;
    }

    public void setFile1(UploadedFile file1) {
        this.file1 = file1;
    }

    public UploadedFile getFile2() {
        return file2;
    }

    public void setFile2(UploadedFile file2) {
        this.file2 = file2;
    }

    public UploadedFile getFile3() {
        return file3;
    }

    public void setFile3(UploadedFile file3) {
        this.file3 = file3;
    }
}
