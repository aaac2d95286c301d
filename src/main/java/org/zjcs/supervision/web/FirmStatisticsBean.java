package org.zjcs.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Backing bean of firm/statistics.xhtml: the firm's own 好差评 figures and its own 差评 ledger lines (scoped by the services). */
@Named
@ViewScoped
public class FirmStatisticsBean extends EvaluationStatsView {

    private static final long serialVersionUID = 1L;

    @Override
    protected String path() {
        return "/firm/statistics.xhtml";
    }
}
