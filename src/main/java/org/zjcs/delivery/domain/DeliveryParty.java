package org.zjcs.delivery.domain;

/** Who the caller is for a notice's deliverable: the winning firm, the owner unit, or staff of a linked department. */
public enum DeliveryParty {
    FIRM, OWNER, APPROVER
}
