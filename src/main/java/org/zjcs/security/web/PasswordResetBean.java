package org.zjcs.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.zjcs.security.application.PasswordChanges;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of password-reset.xhtml: the holder of a one-time reset link sets a new password. */
@Named
@ViewScoped
public class PasswordResetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordChanges changes;

    private String code;
    private String username;
    private Instant expiresAt;
    private String problemKey;
    private String next;
    private String repeated;
    private boolean done;

    /** Reads the link named by the code (f:viewAction). */
    public void load() {
        try {
            PasswordChanges.OpenLink link = changes.openLink(code);
            username = link.username();
            expiresAt = link.expiresAt();
            problemKey = null;
        } catch (DomainException e) {
            problemKey = e.messageKey();
        }
    }

    public void reset() {
        try {
            username = changes.resetWithLink(code, next, repeated);
            done = true;
        } catch (DomainException e) {
            if (e.messageKey().startsWith("password.error.link") || "password.error.accountInactive".equals(e.messageKey())) {
                problemKey = e.messageKey(); // the link itself can no longer be used
            } else {
                Messages.error(e.messageKey(), e.args());
            }
        } finally {
            next = null;
            repeated = null;
        }
    }

    public boolean isValid() {
        return problemKey == null;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public String getUsername() {
        return username;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isDone() {
        return done;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
