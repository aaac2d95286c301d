package org.zjcs.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.zjcs.security.application.PasswordResets;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.paging.KeysetCursor;
import org.zjcs.shared.paging.KeysetPage;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.web.QueryString;

/**
 * Backing bean of operator/password-resets.xhtml: the open reset requests (newest first, keyset-paged by id), an
 * account found by its user name, and the link just issued (shown this once).
 */
@Named
@ViewScoped
public class PasswordResetsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @Inject
    PasswordResets resets;

    @Inject
    SettingsService settings;

    private String after;
    private String before;
    private transient List<PasswordResets.OpenRequest> rows;
    private boolean hasNext;
    private boolean hasPrevious;
    private String username;
    private PasswordResets.FoundAccount found;
    private String issuedLink;
    private String issuedFor;
    private int validHours;

    public List<PasswordResets.OpenRequest> getRows() {
        if (rows == null) {
            KeysetPage<PasswordResets.OpenRequest> page = KeysetPage.read(after, before, k -> true, PAGE_SIZE,
                    resets::openRequests);
            rows = page.rows();
            hasNext = page.hasNext();
            hasPrevious = page.hasPrevious();
        }
        return rows;
    }

    public void issue(long requestId) {
        issued(() -> resets.issueForRequest(requestId));
    }

    public void find() {
        try {
            found = resets.find(username);
        } catch (DomainException e) {
            found = null;
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void issueFound() {
        if (found != null) {
            issued(() -> resets.issueForUsername(found.username()));
        }
    }

    private void issued(Supplier<PasswordResets.Issued> action) {
        try {
            PasswordResets.Issued issued = action.get();
            issuedLink = MembersBean.baseUrl() + "/password-reset.xhtml?code=" + issued.code();
            issuedFor = issued.username();
            validHours = issued.validHours();
            Messages.info("page.password.resets.issued", issued.username());
        } catch (DomainException e) {
            issuedLink = null;
            Messages.error(e.messageKey(), e.args());
        }
        rows = null;
    }

    public int getSettingHours() {
        return Math.max(1, settings.intValue(PasswordResets.VALID_HOURS, 24));
    }

    public boolean isHasNext() {
        getRows();
        return hasNext;
    }

    public boolean isHasPrevious() {
        getRows();
        return hasPrevious;
    }

    public String getNextQuery() {
        List<PasswordResets.OpenRequest> r = getRows();
        return r.isEmpty() ? "" : new QueryString().add("after", token(r.get(r.size() - 1))).toString();
    }

    public String getPreviousQuery() {
        List<PasswordResets.OpenRequest> r = getRows();
        return r.isEmpty() ? "" : new QueryString().add("before", token(r.get(0))).toString();
    }

    private static String token(PasswordResets.OpenRequest r) {
        return new KeysetCursor(String.valueOf(r.id()), r.id()).encode();
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public PasswordResets.FoundAccount getFound() {
        return found;
    }

    public String getIssuedLink() {
        return issuedLink;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public int getValidHours() {
        return validHours;
    }
}
