package org.zjcs.supervision.domain;

/** A complaint (投诉: a firm after its objection was rejected) or a report (举报: anyone, of misconduct). */
public enum ComplaintKind {
    COMPLAINT, REPORT
}
