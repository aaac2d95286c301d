package org.zjcs.catalog.domain;

/** Who acts in a step of a service guide's procedure (办理流程); shown by the message key {@code guide.actor.NAME}. */
public enum StepActor {
    /** 项目业主 (the applicant who buys the service). */
    OWNER,
    /** 网上中介超市 (this platform: publishing, selection, publicity). */
    PLATFORM,
    /** 中介机构 (the firm doing the work). */
    FIRM,
    /** 专家评审 (an expert panel). */
    EXPERTS,
    /** 审批部门 (the approving authority). */
    AUTHORITY
}
