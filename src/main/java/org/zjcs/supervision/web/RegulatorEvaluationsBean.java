package org.zjcs.supervision.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of regulator/evaluations.xhtml: the 好差评 statistics of every firm, service item, owner unit or
 * department over a period, with the satisfaction chart, and the 差评 ledger where a regulator records the follow-up
 * (整改情况) of a line ({@code ?id=} opens its form).
 */
@Named
@ViewScoped
public class RegulatorEvaluationsBean extends EvaluationStatsView {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String note;

    @Override
    protected String path() {
        return "/regulator/evaluations.xhtml";
    }

    /** Records the follow-up of the line {@code id} with the note. */
    public void recordFollowUp() {
        try {
            ledger.recordFollowUp(id == null ? -1 : id, note);
            Messages.info("evalstat.followUp.recorded");
            note = null;
            id = null;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        } finally {
            reset();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
