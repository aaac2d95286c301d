package org.zjcs.firm.domain;

/** The registration materials a firm uploads (seed 004); qualification scans are kept with each qualification. */
public enum MaterialKind {
    /** 营业执照 */
    BUSINESS_LICENCE,
    /** 法定代表人身份证明 */
    LEGAL_REP_ID,
    /** 入驻登记表 */
    REGISTRATION_FORM
}
