package org.zjcs.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** After a login the user goes back to the page asked for only when it is a GET of a local path, else to the workspace. */
class LoginBeanTest {

    private static final String WORKSPACE = "/firm/index.xhtml";

    @Test
    void aSavedLocalPageIsKept() {
        assertEquals("/account/contract.xhtml?id=8014",
                LoginBean.afterLogin("", "GET", "/account/contract.xhtml?id=8014", WORKSPACE));
    }

    @Test
    void anotherSiteOrAPostGoesToTheWorkspace() {
        assertEquals(WORKSPACE, LoginBean.afterLogin("", "GET", "//evil.example/firm/index.xhtml", WORKSPACE));
        assertEquals(WORKSPACE, LoginBean.afterLogin("", "GET", "/\\evil.example/", WORKSPACE));
        assertEquals(WORKSPACE, LoginBean.afterLogin("", "GET", "https://evil.example/", WORKSPACE));
        assertEquals(WORKSPACE, LoginBean.afterLogin("", "POST", "/account/contract.xhtml?id=8014", WORKSPACE));
    }
}
