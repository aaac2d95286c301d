package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.credit.application.CreditService;
import org.zjcs.credit.domain.CreditFact;
import org.zjcs.shared.notification.NotificationService;

/**
 * What the selection tells the rest of the system about a notice: the audit trail (object "Notice"), the parties'
 * notifications, and the credit facts it gives rise to (an award declined, an objection upheld).
 */
@ApplicationScoped
@Transactional
public class SelectionJournal {

    /** The audit and announcement actor of what happens by itself. */
    public static final String SYSTEM = "system";

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    CreditService credit;

    /** Audited as the caller. */
    public void record(String action, long noticeId, Map<String, ?> details) {
        audit.record(action, "Notice", String.valueOf(noticeId), details);
    }

    /** Audited as {@code actor} (e.g. {@value #SYSTEM} for what happens by itself). */
    public void recordAs(String actor, String action, long noticeId, Map<String, ?> details) {
        audit.recordAs(actor, action, "Notice", String.valueOf(noticeId), details);
    }

    /** Tells an organisation, linking the public notice page. */
    public void notifyOnNotice(long organisationId, String key, List<String> args, long noticeId) {
        notifications.notifyOrganisation(organisationId, key, args, "/notice.xhtml?id=" + noticeId);
    }

    /** Tells the notice's owner, linking its selection page. */
    public void notifyOwner(long ownerId, String key, List<String> args, long noticeId) {
        notifications.notifyOrganisation(ownerId, key, args, "/owner/selection.xhtml?id=" + noticeId);
    }

    public void credit(CreditFact fact) {
        credit.record(fact);
    }
}
