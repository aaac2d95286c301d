package org.zjcs.credit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.zjcs.credit.application.AppealItem;
import org.zjcs.credit.application.AppealService;
import org.zjcs.credit.domain.EvaluationLevel;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.web.PerRequest;

/** Backing bean of regulator/appeals.xhtml: the appeal queue and the decision (uphold or revise) on {@code ?id=}. */
@Named
@ViewScoped
public class AppealsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppealService appeals;

    private Long id;
    private String reason;
    private String level;
    private final PerRequest<List<AppealItem>> items = new PerRequest<>();

    public List<AppealItem> getItems() {
        return items.get(appeals::appeals);
    }

    public long getPendingCount() {
        return getItems().stream().filter(i -> i.getAppeal().isPending()).count();
    }

    public AppealItem getSelected() {
        return id == null ? null
                : getItems().stream().filter(i -> i.getAppeal().getId().equals(id)).findFirst().orElse(null);
    }

    public EvaluationLevel[] getLevels() {
        return EvaluationLevel.values();
    }

    public void uphold() {
        act(() -> appeals.uphold(id == null ? -1 : id, reason), "appeal.upheld");
    }

    public void revise() {
        act(() -> appeals.revise(id == null ? -1 : id, EvaluationLevel.parse(level), reason), "appeal.revised");
    }

    private void act(Supplier<?> action, String done) {
        try {
            action.get();
            Messages.info(done);
            reason = null;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }
}
