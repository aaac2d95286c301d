package org.zjcs.credit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.credit.application.EvaluationItem;
import org.zjcs.credit.application.EvaluationQueries;

/** Backing bean of owner/evaluations.xhtml: the owner unit's evaluations, due and done, overdue marked. */
@Named
@RequestScoped
public class OwnerEvaluationsBean {

    @Inject
    EvaluationQueries evaluations;

    private List<EvaluationItem> items;

    public List<EvaluationItem> getItems() {
        if (items == null) {
            items = evaluations.ownerEvaluations();
        }
        return items;
    }
}
