package org.zjcs.credit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.zjcs.credit.application.EvaluationQueries;
import org.zjcs.credit.application.EvaluationSummary;

/** The public evaluation summary of a firm (WEB-INF/includes/evaluation-summary.xhtml): no comments. */
@Named
@RequestScoped
public class EvaluationSummaryBean {

    @Inject
    EvaluationQueries evaluations;

    private final Map<Long, EvaluationSummary> cache = new HashMap<>();

    public EvaluationSummary of(Long firmId) {
        if (firmId == null) {
            return null;
        }
        return cache.computeIfAbsent(firmId, evaluations::summary);
    }
}
