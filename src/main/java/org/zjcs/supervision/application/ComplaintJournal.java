package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zjcs.audit.application.AuditService;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.supervision.domain.Complaint;

/**
 * The audit entries and notifications of complaints and reports: each routed regulator is told of a new item, the
 * reporter of the answer. Notifications never name the reporter, and the accused are never told anything.
 */
@ApplicationScoped
public class ComplaintJournal {

    static final String QUEUE = "/regulator/complaints.xhtml?id=";
    static final String MINE = "/account/reports.xhtml?id=";

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    /** Audits a change of the complaint (object type {@code Complaint}). */
    public void record(String action, Complaint c, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", c.getKind().name());
        details.put("status", c.getStatus().name());
        details.putAll(extra);
        audit.record(action, "Complaint", String.valueOf(c.getId()), details);
    }

    public void notifyFiled(Complaint c) {
        String key = "complaint.notify.filed." + c.getKind().name();
        c.getRegulators().forEach(r -> notifications.notifyOrganisation(r, key, List.of(String.valueOf(c.getId())),
                QUEUE + c.getId()));
    }

    public void notifyAnswered(Complaint c) {
        notifications.notifyOrganisation(c.getReporterOrgId(), "complaint.notify.answered." + c.getKind().name(),
                List.of(String.valueOf(c.getId())), MINE + c.getId());
    }
}
