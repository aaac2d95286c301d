package org.zjcs.firm.application;

import org.zjcs.firm.domain.Qualification;

/**
 * A qualification waiting for the operator: the qualification, the firm's name and, for a renewal, the
 * qualification it renews. Getters, not record accessors: pages read it through Expression Language 5.
 */
public final class QualificationQueueEntry {

    private final Qualification qualification;
    private final String firmName;
    private final Qualification renews;

    public QualificationQueueEntry(Qualification qualification, String firmName, Qualification renews) {
        this.qualification = qualification;
        this.firmName = firmName;
        this.renews = renews;
    }

    public Qualification getQualification() {
        return qualification;
    }

    public String getFirmName() {
        return firmName;
    }

    /** The qualification this one renews; null when it is an added one. */
    public Qualification getRenews() {
        return renews;
    }
}
