package org.zjcs.credit.application;

import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.Evaluation;

/** An appeal with the evaluation it concerns, as the regulator's queue shows it (a class with getters for EL). */
public final class AppealItem {

    private final Appeal appeal;
    private final Evaluation evaluation;

    public AppealItem(Appeal appeal, Evaluation evaluation) {
        this.appeal = appeal;
        this.evaluation = evaluation;
    }

    public Appeal getAppeal() {
        return appeal;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }
}
