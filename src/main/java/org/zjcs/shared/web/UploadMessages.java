package org.zjcs.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.zjcs.shared.i18n.Messages;

/**
 * PrimeFaces refuses an uploaded file whose name is a path ({@code ../../x.pdf}, {@code /etc/passwd},
 * {@code C:\x.pdf}) with a message of its own, in English and not from any bundle ("File Error", "Invalid path: …").
 * Before a page is rendered, such a message gets the product's text {@code upload.error.fileName} in the reader's
 * language (issue 14, bad-input corpus).
 */
public class UploadMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The summary PrimeFaces' FileUploadUtils gives its refusals of file names. */
    static final String PRIMEFACES_SUMMARY = "File Error";

    @Override
    public void beforePhase(PhaseEvent event) {
        for (FacesMessage m : event.getFacesContext().getMessageList()) {
            if (PRIMEFACES_SUMMARY.equals(m.getSummary())) {
                String text = Messages.text("upload.error.fileName");
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
