package org.zjcs.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backing bean of approval/statistics.xhtml: the 好差评 figures of the evaluations of notices serving the staff's
 * department's cases, and its own on-time rate (scoped by the services).
 */
@Named
@ViewScoped
public class DepartmentStatisticsBean extends EvaluationStatsView {

    private static final long serialVersionUID = 1L;

    @Override
    protected String path() {
        return "/approval/statistics.xhtml";
    }
}
