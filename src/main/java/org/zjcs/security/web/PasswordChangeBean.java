package org.zjcs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.zjcs.security.application.PasswordChanges;
import org.zjcs.security.application.SessionEpochs;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.RateLimits;

/** Backing bean of account/password.xhtml: the logged-in user changes their own password. */
@Named
@RequestScoped
public class PasswordChangeBean {

    @Inject
    PasswordChanges changes;

    @Inject
    RateLimits rateLimits;

    private String current;
    private String next;
    private String repeated;
    private boolean done;

    public void change() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            int epoch = changes.changeOwn(current, next, repeated, rateLimits.clientOf(request));
            // a new session id for this session, which stays logged in; the account's other sessions end
            request.changeSessionId();
            request.getSession().setAttribute(SessionEpochs.ATTRIBUTE, epoch);
            done = true;
            Messages.info("page.password.changed");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            current = null;
            next = null;
            repeated = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
