package org.zjcs.delivery.application;

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
 * What delivery tells the rest of the system about a notice's deliverable: the audit trail (object "Notice"), the
 * parties' notifications (linking the deliverables page) and the credit facts it gives rise to.
 */
@ApplicationScoped
@Transactional
public class DeliveryJournal {

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    CreditService credit;

    public void record(String action, long noticeId, Map<String, ?> details) {
        audit.record(action, "Notice", String.valueOf(noticeId), details);
    }

    public void notifyParty(long organisationId, String key, List<String> args, long noticeId) {
        notifications.notifyOrganisation(organisationId, key, args, link(noticeId));
    }

    public void credit(CreditFact fact) {
        credit.record(fact);
    }

    /** The deliverables page of a notice. */
    public static String link(long noticeId) {
        return "/account/deliverables.xhtml?id=" + noticeId;
    }

    /**
     * The id of a department's check of a deliverable version, as credit events name it: a check is the row
     * (deliverable, department), so its id is {@code <deliverable id>-<department id>}.
     */
    public static String checkId(long deliverableId, long departmentId) {
        return deliverableId + "-" + departmentId;
    }
}
