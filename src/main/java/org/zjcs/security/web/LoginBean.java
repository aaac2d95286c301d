package org.zjcs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.zjcs.security.application.LoginOutcome;
import org.zjcs.security.application.LoginService;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.security.application.LoginThrottle;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.web.LocalRedirect;

/** Backing bean of login.xhtml. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    LoginService loginService;

    @Inject
    SettingsService settings;

    @Inject
    RateLimits rateLimits;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Messages.error("login.error.required");
            return;
        }
        LoginOutcome outcome = loginService.login(username, password, rateLimits.clientOf(request));
        password = null;
        switch (outcome.result()) {
            case SUCCESS -> {
                request.changeSessionId();
                SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
                String workspace = ec.getRequestContextPath()
                        + (outcome.role() == null ? "/index.xhtml" : outcome.role().landingPage());
                ec.redirect(saved == null ? workspace
                        : afterLogin(ec.getRequestContextPath(), saved.getMethod(), saved.getRequestUrl(), workspace));
            }
            case THROTTLED -> Messages.error("login.error.throttled", outcome.retryAfterSeconds());
            case BUSY -> Messages.error("login.error.busy");
            case DISABLED -> Messages.error("login.error.disabled");
            case ORGANISATION_DEACTIVATED -> Messages.error("org.admin.login.organisationDeactivated");
            default -> Messages.error("login.error.badCredentials");
        }
    }

    /**
     * Where a successful login goes: back to the page the user asked for (a saved GET), only if it is a relative path
     * of this application ({@link LocalRedirect}: not {@code //host}, {@code /\host} or an absolute URL); else the
     * user's workspace.
     */
    static String afterLogin(String contextPath, String savedMethod, String savedUrl, String workspace) {
        return "GET".equalsIgnoreCase(savedMethod) ? LocalRedirect.orElse(contextPath, savedUrl, workspace) : workspace;
    }

    public int getFreeFailures() {
        return settings.intValue(LoginThrottle.ACCOUNT_FREE, 5);
    }

    public int getMaxDelaySeconds() {
        return settings.intValue(LoginThrottle.ACCOUNT_MAX_DELAY, 60);
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
