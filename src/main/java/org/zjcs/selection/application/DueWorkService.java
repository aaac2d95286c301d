package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.zjcs.audit.application.AuditService;
import org.zjcs.security.application.Guard;
import org.zjcs.security.domain.Role;
import org.zjcs.shared.reminder.ReminderService;

/**
 * An operator runs the due work now (each notice in its own transaction, as the scheduler does): the selections and
 * awards that are due, then one reminder scan (shared.reminder), as its own job would.
 */
@ApplicationScoped
public class DueWorkService {

    @Inject
    Guard guard;

    @Inject
    NoticeAccess notices;

    @Inject
    DeadlineClosing closing;

    @Inject
    AwardService awards;

    @Inject
    ReminderService reminders;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    public Map<Long, String> runDueNow() {
        guard.requireRole(Role.OPERATOR);
        Map<Long, String> done = new TreeMap<>();
        notices.dueUntil(clock.instant()).forEach(d -> {
            String s = closing.closeAndSelect(d.noticeId());
            String a = awards.awardIfDue(d.noticeId());
            done.put(d.noticeId(), s + "; " + a);
        });
        ReminderService.Scan scan = reminders.scan();
        audit.record("DUE_WORK_RUN", "Notice", "*", Map.of("notices", String.valueOf(done.size()),
                "remindersSent", String.valueOf(scan.sent())));
        return done;
    }
}
