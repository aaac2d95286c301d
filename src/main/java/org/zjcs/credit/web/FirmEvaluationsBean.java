package org.zjcs.credit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.zjcs.credit.application.EvaluationItem;
import org.zjcs.credit.application.AppealService;
import org.zjcs.credit.application.EvaluationQueries;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PerRequest;

/**
 * Backing bean of firm/evaluations.xhtml: the evaluations of the caller's firm (levels, aspects and the owner's comment,
 * which only the firm itself sees), and the appeal form of the one chosen with {@code ?id=} while the window is open.
 */
@Named
@ViewScoped
public class FirmEvaluationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationQueries evaluations;

    @Inject
    AppealService appeals;

    private Long id;
    private String reasons;
    private final PerRequest<List<EvaluationItem>> items = new PerRequest<>();

    public List<EvaluationItem> getItems() {
        return items.get(evaluations::firmEvaluations);
    }

    /** The evaluation chosen to appeal, if it is the firm's. */
    public EvaluationItem getSelected() {
        return id == null ? null
                : getItems().stream().filter(i -> i.getEvaluation().getId().equals(id)).findFirst().orElse(null);
    }

    public void appeal() {
        try {
            appeals.appeal(id == null ? -1 : id, reasons);
            Messages.info("appeal.filed");
            reasons = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            items.reset();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
