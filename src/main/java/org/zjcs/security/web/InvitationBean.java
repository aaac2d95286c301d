package org.zjcs.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.domain.AccountInvitation;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of invitation.xhtml: the invited person opens the link and chooses a user name and password. */
@Named
@ViewScoped
public class InvitationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService membership;

    private String code;
    private String organisationName;
    private String invitedName;
    private String problemKey;
    private String username;
    private String password;
    private boolean done;

    /** Reads the invitation named by the code in the link (f:viewAction). */
    public void load() {
        try {
            AccountInvitation invitation = membership.openInvitation(code);
            organisationName = membership.organisationName(invitation);
            invitedName = invitation.getDisplayName();
            problemKey = null;
        } catch (DomainException e) {
            problemKey = e.messageKey();
        }
    }

    public void accept() {
        try {
            membership.acceptInvitation(code, username, password);
            done = true;
            password = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public boolean isValid() {
        return problemKey == null;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getInvitedName() {
        return invitedName;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
