package org.zjcs.supervision.domain;

import org.zjcs.shared.error.DomainException;

/** What a report (举报) is about; a complaint is always about a rejected objection. */
public enum ReportTopic {
    /** 指定中介: an owner or department forced or hinted at a firm. */
    FORCED_DESIGNATION,
    /** 额外收费: fees beyond the contract. */
    EXTRA_FEES,
    /** Other misconduct. */
    OTHER,
    /** A complaint (投诉) against the owner's rejection of an objection. */
    OBJECTION_REJECTED;

    /** The topic a reporter chose; refused when missing or not a report topic. */
    public static ReportTopic ofReport(String value) {
        if (value != null) {
            for (ReportTopic t : values()) {
                if (t != OBJECTION_REJECTED && t.name().equals(value.trim())) {
                    return t;
                }
            }
        }
        throw new DomainException("report.error.topic");
    }
}
