package org.zjcs.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zjcs.audit.application.AuditService;
import org.zjcs.shared.notification.NotificationService;
import org.zjcs.shared.notification.NotificationService.Outgoing;
import org.zjcs.supervision.domain.Bulletin;
import org.zjcs.supervision.domain.BulletinUnit;

/** The audit entries of 通报 (object type {@code Bulletin}) and the notices to the units a published one names. */
@ApplicationScoped
public class BulletinJournal {

    /** The public detail page of a 通报. */
    public static final String PUBLIC_PAGE = "/bulletin.xhtml?id=";

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    public void record(String action, Bulletin b, Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", b.getState().name());
        details.put("month", b.getMonth());
        details.put("title", b.getTitle());
        details.put("units", b.getUnits().stream().map(u -> u.getUnitKind() + ":" + u.getUnitId()).toList().toString());
        details.putAll(extra);
        audit.record(action, "Bulletin", String.valueOf(b.getId()), details);
    }

    /** Each organisation the published 通报 names is told once. */
    public int notifyNamed(Bulletin b) {
        Set<Long> orgs = new LinkedHashSet<>();
        b.getUnits().stream().map(BulletinUnit::getUnitId).forEach(orgs::add);
        List<Outgoing> out = orgs.stream().map(o -> new Outgoing(o, "rank.notify.published",
                List.of(b.getMonth(), b.getTitle()), PUBLIC_PAGE + b.getId())).toList();
        return notifications.notifyOrganisations(out);
    }
}
