package org.zjcs.contract.application;

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
 * What the contract tells the rest of the system about a notice's contract: the audit trail (object "Notice"), the
 * parties' notifications (linking the contract page) and the credit facts it gives rise to.
 */
@ApplicationScoped
@Transactional
public class ContractJournal {

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

    static String link(long noticeId) {
        return "/account/contract.xhtml?id=" + noticeId;
    }
}
