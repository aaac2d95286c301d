package org.zjcs.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.zjcs.security.application.LoginService;

/** The logout button of the template (a POST, so that no link can log a user out). */
@Named
@RequestScoped
public class LogoutBean {

    @Inject
    LoginService loginService;

    public void logout() throws IOException {
        loginService.logout();
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
    }
}
