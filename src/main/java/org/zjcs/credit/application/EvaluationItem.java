package org.zjcs.credit.application;

import java.time.Instant;
import org.zjcs.credit.domain.Appeal;
import org.zjcs.credit.domain.Evaluation;

/** An evaluation as a list shows it (a class with getters for EL): overdue or not, its appeal and the appeal window. */
public final class EvaluationItem {

    private final Evaluation evaluation;
    private final boolean overdue;
    private final Appeal appeal;
    private final Instant appealDeadline;
    private final boolean appealOpen;

    public EvaluationItem(Evaluation evaluation, boolean overdue, Appeal appeal, Instant appealDeadline, boolean appealOpen) {
        this.evaluation = evaluation;
        this.overdue = overdue;
        this.appeal = appeal;
        this.appealDeadline = appealDeadline;
        this.appealOpen = appealOpen;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public Appeal getAppeal() {
        return appeal;
    }

    /** The last moment the firm may appeal ({@code null} while the evaluation is not given). */
    public Instant getAppealDeadline() {
        return appealDeadline;
    }

    /** The firm may appeal now: given, not appealed yet, within the window. */
    public boolean isAppealOpen() {
        return appealOpen;
    }
}
