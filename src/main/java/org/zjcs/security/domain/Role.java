package org.zjcs.security.domain;

/** The five roles of the platform, each with the path of its workspace. */
public enum Role {
    FIRM("/firm/"),
    OWNER("/owner/"),
    APPROVER("/approval/"),
    REGULATOR("/regulator/"),
    OPERATOR("/operator/");

    private final String workspacePath;

    Role(String workspacePath) {
        this.workspacePath = workspacePath;
    }

    /** The landing page of this role, relative to the context root. */
    public String landingPage() {
        return workspacePath + "index.xhtml";
    }

    public String workspacePath() {
        return workspacePath;
    }
}
