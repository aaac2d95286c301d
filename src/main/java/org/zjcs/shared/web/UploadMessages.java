package org.zjcs.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.zjcs.shared.i18n.Messages;

/**
 * PrimeFaces refuses an uploaded file whose name is a path ({@code ../../x.pdf}, {@code /etc/passwd},
 * {@code C:\x.pdf}) with the summary "File Error" (English, from no bundle) and as detail either the bundle's
 * {@code primefaces.FileValidator.FILENAME_*} text or PrimeFaces' own English ("Invalid path: …"). Before a page is
 * rendered, the summary becomes the bundle's detail, or both become {@code upload.error.fileName}, in the reader's
 * language (issue 14, bad-input corpus): pages that show summaries no longer show "File Error".
 */
public class UploadMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The summary PrimeFaces' FileUploadUtils gives its refusals of file names. */
    static final String PRIMEFACES_SUMMARY = "File Error";

    @Override
    public void beforePhase(PhaseEvent event) {
        for (FacesMessage m : event.getFacesContext().getMessageList()) {
            if (PRIMEFACES_SUMMARY.equals(m.getSummary())) {
                // the detail is the bundle's primefaces.FileValidator.FILENAME_* text when PrimeFaces took it from there
                // (it names the file and the characters); its own English details all start with "Invalid"
                String detail = m.getDetail();
                String text = detail == null || detail.isBlank() || detail.startsWith("Invalid")
                        ? Messages.text("upload.error.fileName") : detail;
                m.setSummary(text);
                m.setDetail(text);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
