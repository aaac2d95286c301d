package org.zjcs.owner.domain;

/** The kind of owner organisation (单位类型); labels in the message bundles as owner.unitType.NAME. */
public enum UnitType {
    /** 机关 */
    GOVERNMENT_AGENCY,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 企业 */
    ENTERPRISE,
    /** 社会组织 */
    SOCIAL_ORGANISATION
}
