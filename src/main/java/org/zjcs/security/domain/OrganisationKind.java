package org.zjcs.security.domain;

/** What kind of organisation an account belongs to. */
public enum OrganisationKind {
    /** 中介服务机构 */
    FIRM,
    /** 项目业主 / 采购人 */
    OWNER,
    /** 审批部门 */
    DEPARTMENT,
    /** 行业主管部门 / 监管 */
    REGULATOR,
    /** 运行机构 */
    OPERATOR;

    /** The role of the organisation's member accounts: the one its kind works in. */
    public Role memberRole() {
        return switch (this) {
            case FIRM -> Role.FIRM;
            case OWNER -> Role.OWNER;
            case DEPARTMENT -> Role.APPROVER;
            case REGULATOR -> Role.REGULATOR;
            case OPERATOR -> Role.OPERATOR;
        };
    }
}
