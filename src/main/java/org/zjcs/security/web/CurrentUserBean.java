package org.zjcs.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.security.domain.UserAccount;
import org.zjcs.security.domain.AccountRepository;

/** The logged-in user, for the template and the workspace pages. */
@Named
@RequestScoped
public class CurrentUserBean {

    @Inject
    Guard guard;

    @Inject
    AccountRepository accounts;

    private UserAccount account;

    @PostConstruct
    void load() {
        account = guard.principal().flatMap(p -> accounts.findById(p.userId())).orElse(null);
    }

    public boolean isLoggedIn() {
        return account != null;
    }

    public UserAccount getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        return account == null ? List.of() : account.getRoles().stream().sorted().toList();
    }

    public boolean hasRole(String role) {
        return account != null && SecurityUtils.getSubject().hasRole(role);
    }

    /** The workspace of the user's first role, relative to the context root. */
    public String getWorkspace() {
        Role role = account == null ? null : account.primaryRole();
        return role == null ? "/index.xhtml" : role.landingPage();
    }
}
