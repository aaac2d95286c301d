package org.zjcs.supervision.domain.risk;

/** What a warning is about: an owner unit, an owner unit with one firm, a group of firms, a notice or a firm. */
public enum SubjectKind {
    OWNER, OWNER_FIRM, FIRM_GROUP, NOTICE, FIRM
}
