package org.zjcs.selection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.selection.application.ObjectionService;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.Objection;
import org.zjcs.selection.domain.SelectionResult;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.UploadedFiles;
import org.zjcs.shared.web.RequestIds;

/** The result section of notice.xhtml: every selection round with its proof, and the objection form for firms. */
@Named
@RequestScoped
public class NoticeResultBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelectionService selection;

    @Inject
    transient ObjectionService objections;

    @Inject
    transient Guard guard;

    private Long noticeId;
    private String reason;
    private transient UploadedFile evidence;

    public List<SelectionResult> getResults() {
        return id() == null ? List.of() : selection.results(id());
    }

    public List<Objection> getObjections() {
        return id() == null ? List.of() : selection.objectionsOf(id());
    }

    public boolean isFirm() {
        return guard.hasRole(Role.FIRM);
    }

    public void object() {
        try {
            objections.raiseObjection(id(), reason, UploadedFiles.of(evidence));
            reason = null;
            Messages.info("objection.raised");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("upload.error.io");
        }
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(Long noticeId) {
        this.noticeId = noticeId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    /**
     * The notice's id: from the view parameter, or (on a postback, whose phases run before the view parameter reaches
     * this request-scoped bean) from the form's hidden {@code id} field.
     */
    private Long id() {
        if (noticeId == null) {
            noticeId = RequestIds.param("id");
        }
        return noticeId;
    }
}
