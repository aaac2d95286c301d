package org.zjcs.procurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.catalog.application.CatalogService;
import org.zjcs.procurement.domain.Announcement;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.Announcements;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.NoticeTimeSet;
import org.zjcs.security.application.AccountService;
import org.zjcs.shared.change.ChangeLog;

/**
 * What announces a notice's text and times: fixes an announcement built by {@link Announcements} (with the owner's,
 * the service item's and the cases' names) and tells the schedulers when something about the notice is due. Every
 * announcement changes what the public sees of the notice: it is written to the change log in the same transaction
 * (the search index follows it, docs/search.md).
 */
@ApplicationScoped
@Transactional
public class NoticeAnnouncer {

    @Inject
    NoticeRepository notices;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    ApprovalCaseService cases;

    @Inject
    Event<NoticeTimeSet> times;

    @Inject
    ChangeLog changeLog;

    /** Announces the notice's own text (publication, correction with its {@code changes} JSON, cancellation). */
    public Announcement announce(Notice n, AnnouncementKind kind, String actor, String reason, String changes, Instant now) {
        Announcement a = Announcements.of(n, kind, now, actor, reason, changes, names(n));
        notices.add(a);
        changeLog.record(ChangeLog.NOTICE, n.getId());
        return a;
    }

    /**
     * An announcement of the selection (result, failure, voided result, award), made by the system or the owner: the
     * notice's text at that moment with the outcome appended as {@code "outcome"}, fixed and hashed like the others.
     */
    public Announcement announceOutcome(Notice n, AnnouncementKind kind, String actor, String reason, JsonObject outcome,
                                        Instant now) {
        Announcement a = Announcements.outcome(n, kind, now, actor, reason, outcome, names(n));
        notices.add(a);
        changeLog.record(ChangeLog.NOTICE, n.getId());
        return a;
    }

    /** Tells the schedulers that something about the notice is due at {@code at} (after the transaction commits). */
    public void timeSet(long noticeId, Instant at) {
        times.fire(new NoticeTimeSet(noticeId, at));
    }

    private Announcements.Names names(Notice n) {
        List<Announcements.CaseLine> linked = new ArrayList<>();
        for (Long id : n.getCaseIds()) {
            cases.find(id).ifPresent(c -> linked.add(new Announcements.CaseLine(c.getCaseNumber(), c.getProjectCode())));
        }
        return new Announcements.Names(accounts.organisation(n.getOwnerId()).getName(),
                catalog.item(n.getServiceItemId()).getCode(), linked);
    }
}
