package org.zjcs.delivery.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import org.zjcs.delivery.application.DeliverableAcceptance;
import org.zjcs.delivery.application.DeliverableSubmission;
import org.zjcs.delivery.application.DeliveryActions;
import org.zjcs.delivery.application.DeliveryQueries;
import org.zjcs.delivery.application.DepartmentChecks;
import org.zjcs.delivery.domain.Deliverable;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PageChanged;
import org.zjcs.shared.web.PerRequest;
import org.zjcs.shared.web.HeldFiles;
import org.zjcs.shared.web.UploadList;

/**
 * Backing bean of account/deliverables.xhtml (服务成果), shared by the winning firm (upload), the owner (accept or
 * return) and the linked departments' staff (check). Each form is shown only to whoever may use it now (see
 * docs/domain-rules.md); the flags are computed once per view and kept until an action of this view, so that a form
 * shown on the page still decodes on its postback (the service decides then).
 */
@Named
@ViewScoped
public class DeliverableBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The files one version takes from the page. */
    static final int MAX_FILES = 3;

    @Inject
    DeliveryQueries queries;

    @Inject
    DeliverableSubmission submission;

    @Inject
    DeliverableAcceptance acceptance;

    @Inject
    DepartmentChecks checks;

    @Inject
    HeldFiles held;

    private Long id;
    private String note;
    private String reason;
    private String checkReason;
    /** The files of the upload form, kept across a failed submit. */
    private final UploadList files = new UploadList(MAX_FILES);
    /** Which forms this view shows: computed once per view, again after an action of this view. */
    private DeliveryActions forms;
    private final PerRequest<DeliveryQueries.View> view = new PerRequest<>();

    /** Read once per request (a postback reads it afresh), and again after an action changed it. */
    private DeliveryQueries.View view() {
        return id == null ? null : view.get(() -> queries.view(id).orElse(null));
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

    /** The time limit of the caller's department's check (department staff, once the owner accepted), or null. */
    public Instant getCheckDueAt() {
        return view() == null ? null : view().checkDueAt();
    }

    public boolean isCheckOverdue() {
        return view() != null && view().checkOverdue();
    }

    public List<Long> getDepartments() {
        return view() == null ? List.of() : view().departments();
    }

    public List<Deliverable> getVersions() {
        return view() == null ? List.of() : view().versions();
    }

    /** The forms of this view: what the service says the caller may do, on first use, kept for the postback. */
    private DeliveryActions forms() {
        if (forms == null && view() != null) {
            forms = view().actions();
        }
        return forms == null ? DeliveryActions.NONE : forms;
    }

    /** The upload form: for the winning firm, with no version open. */
    public boolean isCanSubmit() {
        return forms().canSubmit();
    }

    /** The accept / return form: for the owner while the latest version awaits it. */
    public boolean isCanAnswer() {
        return forms().canAnswer();
    }

    /** The firm's latest version awaits the owner: it sees only that it waits. */
    public boolean isWaiting() {
        return forms().isWaiting();
    }

    /**
     * The check form: for the staff of a department linked to the notice's cases, while the latest version is
     * accepted and the department has not checked it.
     */
    public boolean isCanCheck() {
        return forms().canCheck();
    }

    public void submit() {
        try {
            files.submit(held, uploads -> submission.submit(id, note, uploads));
            Messages.info("deliverable.submitted");
            note = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            changed();
        }
    }

    public void accept() {
        act(v -> acceptance.accept(v), "deliverable.accepted");
    }

    public void returnIt() {
        if (act(v -> acceptance.returnVersion(v, reason), "deliverable.returned")) {
            reason = null;
        }
    }

    public void pass() {
        act(v -> checks.pass(v), "deliverable.checkPassed");
    }

    public void returnCheck() {
        if (act(v -> checks.returnCheck(v, checkReason), "deliverable.checkReturned")) {
            checkReason = null;
        }
    }

    /** Acts on the notice's latest version as read in this request (the services refuse it when it is not the latest). */
    private boolean act(LongConsumer action, String done) {
        try {
            List<Deliverable> versions = getVersions();
            if (versions.isEmpty()) {
                throw new DomainException("deliverable.error.notFound");
            }
            action.accept(versions.get(versions.size() - 1).getId());
            Messages.info(done);
            return true;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return false;
        } finally {
            changed();
        }
    }

    /**
     * After an action of this view: read the state again and show the forms that now apply, here and in the other
     * parts of the page (a pass makes the 评价 section's rating form appear, an acceptance the owner's evaluation).
     */
    private void changed() {
        forget();
        PageChanged.fire();
    }

    /** An action of this page (this bean's or the 评价 section's) changed state: read it again. */
    void onPageChanged(@Observes(notifyObserver = Reception.IF_EXISTS) PageChanged event) {
        forget();
    }

    private void forget() {
        view.reset();
        forms = null;
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

    public UploadList getFiles() {
        return files;
    }
}
