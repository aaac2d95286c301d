package org.zjcs.supervision.domain.risk;

/**
 * What one rule found about one subject: the subject's key (unique per rule and kind, e.g. {@code 2001:1007} for an
 * owner and a firm), a label with its names, and the evidence.
 */
public record Finding(RiskRule rule, SubjectKind subjectKind, String subjectKey, String subjectLabel, Evidence evidence) {

    /** The key of an open warning: one open warning per rule and subject. */
    public String openKey() {
        return rule.name() + "|" + subjectKind.name() + "|" + subjectKey;
    }
}
