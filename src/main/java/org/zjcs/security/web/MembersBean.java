package org.zjcs.security.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.zjcs.security.application.MembershipService;
import org.zjcs.security.application.PasswordResets;
import org.zjcs.security.domain.AccountInvitation;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/** Backing bean of account/members.xhtml: the unit admin's members and invitations. */
@Named
@ViewScoped
public class MembersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService membership;

    @Inject
    PasswordResets passwordResets;

    private String resetLink;
    private String resetFor;
    private int resetHours;
    private String displayName;
    private String issuedLink;
    private int validDays;

    public boolean isUnitAdmin() {
        return membership.isUnitAdmin();
    }

    public List<UserAccount> getMembers() {
        return isUnitAdmin() ? membership.members() : List.of();
    }

    public List<AccountInvitation> getInvitations() {
        return isUnitAdmin() ? membership.invitations() : List.of();
    }

    public void invite() {
        try {
            MembershipService.Issued issued = membership.invite(displayName);
            issuedLink = baseUrl() + "/invitation.xhtml?code=" + issued.code();
            validDays = issued.validDays();
            Messages.info("member.invited", displayName.trim());
            displayName = null;
        } catch (DomainException e) {
            issuedLink = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void revoke(long invitationId) {
        act(() -> membership.revokeInvitation(invitationId), "member.revoked");
    }

    public void deactivate(long userId) {
        act(() -> membership.deactivateMember(userId), "member.deactivated");
    }

    public void reactivate(long userId) {
        act(() -> membership.reactivateMember(userId), "member.reactivated");
    }

    /** Issues a one-time password reset link for a member (PasswordResets), shown this once. */
    public void issueReset(long userId) {
        try {
            PasswordResets.Issued issued = passwordResets.issueForMember(userId);
            issuedLink = null;
            resetLink = baseUrl() + "/password-reset.xhtml?code=" + issued.code();
            resetFor = issued.username();
            resetHours = issued.validHours();
            Messages.info("page.password.resets.issued", issued.username());
        } catch (DomainException e) {
            resetLink = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    public String getResetLink() {
        return resetLink;
    }

    public String getResetFor() {
        return resetFor;
    }

    public int getResetHours() {
        return resetHours;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            issuedLink = null;
            Messages.info(doneKey);
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    /** Where the platform is reached, as the admin sees it: the link to pass on starts there. */
    static String baseUrl() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    public int getValidDays() {
        return validDays;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
