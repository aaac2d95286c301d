package org.zjcs.credit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.zjcs.shared.calendar.CalendarService;
import org.zjcs.shared.i18n.Messages;
import org.zjcs.shared.settings.SettingsService;
import org.zjcs.shared.worklist.Rows;
import org.zjcs.shared.worklist.WorkActor;
import org.zjcs.shared.worklist.WorkItem;
import org.zjcs.shared.worklist.WorkList;
import org.zjcs.shared.worklist.WorkListService;
import org.zjcs.shared.worklist.WorkListSource;

/**
 * Work-list items of credit. A firm: evaluations (好差评) it received in the recent window, with the appeal time limit
 * while it may still appeal ({@link EvaluationDeadlines#appealDeadline}), and its appeals with their decisions. An owner
 * unit: evaluations still to give (due: the evaluation's time limit). Approval staff: quality ratings still to give (due:
 * {@link EvaluationDeadlines#ratingDue}).
 */
@ApplicationScoped
@Transactional
public class CreditWorkSource implements WorkListSource {

    private static final int ROWS = WorkListService.LIMIT + 1;

    @PersistenceContext(unitName = "zjcs")
    EntityManager em;

    @Inject
    CalendarService calendar;

    @Inject
    SettingsService settings;

    @Inject
    EvaluationDeadlines deadlines;

    @Override
    public WorkList itemsFor(WorkActor a) {
        WorkList.Builder b = new WorkList.Builder();
        switch (a.role()) {
            case FIRM -> b.add(Rows.read(em, ROWS, "SELECT e.notice_id, e.notice_title, e.overall_level, e.evaluated_at, "
                    + "p.status, p.revised_level FROM evaluation e LEFT JOIN evaluation_appeal p ON p.evaluation_id = e.id "
                    + "WHERE e.firm_id = ? AND e.evaluated_at >= ? ORDER BY e.evaluated_at DESC",
                    a.organisationId(), Rows.recentSince(a.now())), r -> received(r, a), "work.more.evaluations",
                    "/firm/evaluations.xhtml");
            case OWNER -> b.add(Rows.read(em, ROWS, "SELECT e.notice_id, e.notice_title, e.due_at FROM evaluation e "
                    + "WHERE e.owner_id = ? AND e.evaluated_at IS NULL ORDER BY e.due_at", a.organisationId()),
                    r -> WorkItem.due("work.kind.evaluation", Rows.notice(r[0], r[1]), "work.state.evaluation.toGive",
                            List.of(), Rows.instant(r[2]), "work.due.evaluation", a.now(),
                            "/account/deliverables.xhtml?id=" + Rows.number(r[0])), "work.more.owner.evaluations",
                    "/owner/evaluations.xhtml");
            case APPROVER -> b.add(Rows.read(em, ROWS, "SELECT r.notice_id, r.notice_title, r.passed_at FROM approval_rating r "
                    + "WHERE r.department_id = ? AND r.rated_at IS NULL ORDER BY r.passed_at", a.organisationId()),
                    r -> WorkItem.due("work.kind.rating", Rows.notice(r[0], r[1]), "work.state.rating.toGive",
                            List.of(Rows.minutes(Rows.instant(r[2]))), deadlines.ratingDue(Rows.instant(r[2])),
                            "limits.work.due.rating", a.now(), "/account/deliverables.xhtml?id=" + Rows.number(r[0])),
                    "work.more.cases", "/approval/cases.xhtml");
        }
        return b.build();
    }

    private WorkItem received(Object[] r, WorkActor a) {
        String subject = Rows.notice(r[0], r[1]);
        String link = "/firm/evaluations.xhtml";
        String level = level(r[2], a.locale());
        String appeal = Rows.text(r[4]);
        if (appeal != null) {
            return WorkItem.info("work.kind.appeal", subject, "work.state.appeal." + appeal,
                    List.of(level, r[5] == null ? "" : level(r[5], a.locale())), link);
        }
        Instant limit = calendar.afterWorkingDays(Rows.instant(r[3]),
                settings.intValue(EvaluationDeadlines.APPEAL_DAYS, 5));
        return WorkItem.due("work.kind.evaluation", subject, "work.state.evaluation.received", List.of(level),
                a.now().isBefore(limit) ? limit : null, "work.due.appeal", a.now(), link);
    }

    private static String level(Object level, Locale l) {
        return level == null ? "" : Messages.text(l, "evaluation.level." + level);
    }
}
