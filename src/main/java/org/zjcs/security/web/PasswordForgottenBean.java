package org.zjcs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.zjcs.security.application.PasswordResets;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.settings.SettingsService;

/**
 * Backing bean of password-forgotten.xhtml: anyone asks for a password reset. The answer is the same whether the user
 * name exists or not (rate limited per client address by RequestLimitFilter).
 */
@Named
@RequestScoped
public class PasswordForgottenBean {

    @Inject
    PasswordResets resets;

    @Inject
    RateLimits rateLimits;

    @Inject
    SettingsService settings;

    private String username;
    private String note;
    private boolean done;

    public void send() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            resets.request(username, note, rateLimits.clientOf(request));
            done = true;
            username = null;
            note = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public int getValidHours() {
        return Math.max(1, settings.intValue(PasswordResets.VALID_HOURS, 24));
    }

    public boolean isDone() {
        return done;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
