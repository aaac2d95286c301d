package org.zjcs.selection.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.selection.application.DirectPicks;
import org.zjcs.selection.application.NoticeAccess;
import org.zjcs.selection.application.ObjectionAnswers;
import org.zjcs.selection.application.RunnerUpService;
import org.zjcs.selection.application.SelectionService;
import org.zjcs.selection.domain.Objection;
import org.zjcs.shared.error.DomainException;
import org.zjcs.shared.i18n.Messages;

/**
 * Backing bean of owner/selection.xhtml: the owner's direct pick, its answers to objections, and after a declined award
 * the runner-up (由下一名递补) or the end of the notice to post it again (终止并重新发布).
 */
@Named
@ViewScoped
public class OwnerSelectionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelectionService selection;

    @Inject
    DirectPicks picks;

    @Inject
    ObjectionAnswers answers;

    @Inject
    RunnerUpService runnerUps;

    @Inject
    NoticeAccess notices;

    @Inject
    Clock clock;

    private Long id;
    private String answer;
    private Long disqualify;

    /** A firm the owner may pick, for the page. */
    public static final class Choice {
        private final long firmId;
        private final String name;

        Choice(long firmId, String name) {
            this.firmId = firmId;
            this.name = name;
        }

        public long getFirmId() {
            return firmId;
        }

        public String getName() {
            return name;
        }
    }

    public Notice getNotice() {
        if (id == null) {
            return null;
        }
        try {
            return notices.myNotice(id);
        } catch (DomainException e) {
            return null;
        }
    }

    public List<Choice> getChoices() {
        return getNotice() == null ? List.of()
                : picks.choices(id).stream().map(e -> new Choice(e.firmId(), e.firmName())).toList();
    }

    public List<Objection> getObjections() {
        return getNotice() == null ? List.of() : selection.objectionsOf(id);
    }

    /** The enrolled firms an upheld objection may disqualify. */
    public List<Long> getEnrolledFirms() {
        return getNotice() == null ? List.of() : selection.enrolledFirms(id);
    }

    public boolean overdue(Objection o) {
        return o.isOverdueAt(clock.instant());
    }

    /** The runner-up the owner may take from the same proof, or null (none eligible, or the notice is not DECLINED). */
    public RunnerUpService.RunnerUpView getRunnerUp() {
        return getNotice() == null ? null : runnerUps.runnerUp(id).orElse(null);
    }

    public void takeRunnerUp() {
        try {
            runnerUps.takeRunnerUp(id);
            Messages.info("decline.runnerUp.done");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public String endAndRepost() {
        try {
            long draft = runnerUps.endAndRepost(id);
            return "/owner/notice-edit.xhtml?faces-redirect=true&id=" + draft;
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
            return null;
        }
    }

    public void pick(long firmId) {
        try {
            picks.directPick(id, firmId);
            Messages.info("selection.pick.done");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public void reject(long objectionId) {
        answer(objectionId, false);
    }

    public void uphold(long objectionId) {
        answer(objectionId, true);
    }

    private void answer(long objectionId, boolean upheld) {
        try {
            answers.answerObjection(objectionId, upheld, answer, disqualify);
            answer = null;
            disqualify = null;
            Messages.info("objection.answered");
        } catch (DomainException e) {
            Messages.error(e.messageKey(), e.args());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Long getDisqualify() {
        return disqualify;
    }

    public void setDisqualify(Long disqualify) {
        this.disqualify = disqualify;
    }
}
