package org.zjcs.selection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zjcs.procurement.application.NoticeAnnouncer;
import org.zjcs.procurement.application.NoticePublication;
import org.zjcs.procurement.application.NoticeQueries;
import org.zjcs.procurement.domain.AnnouncementKind;
import org.zjcs.procurement.domain.DrawCommitment;
import org.zjcs.procurement.domain.Notice;
import org.zjcs.procurement.domain.NoticeRepository;
import org.zjcs.procurement.domain.NoticeStatus;
import org.zjcs.shared.error.DomainException;

/**
 * Everything selection asks of procurement about a notice, in one place: reading and locking it, its announcements of
 * an outcome, telling the schedulers of a new moment, posting a failed notice again. Selection never moves the
 * notice's life cycle itself: it raises {@code procurement.domain.event} records, which procurement applies.
 */
@ApplicationScoped
@Transactional
public class NoticeAccess {

    @Inject
    NoticeQueries notices;

    @Inject
    NoticeAnnouncer announcer;

    @Inject
    NoticePublication publication;

    @Inject
    NoticeRepository repository;

    @Inject
    Event<OutcomeAnnounced> outcomes;

    /** Something due by itself: a notice's id and the moment (an enrolment deadline or the end of a publicity period). */
    public record Due(long noticeId, Instant at) {
    }

    /** The notice locked for update until the transaction ends (any status); empty when unknown. */
    public Optional<Notice> lock(long noticeId) {
        return repository.lock(noticeId);
    }

    /** The notice locked for an action; refused as "not found" when unknown. */
    public Notice lockKnown(long noticeId) {
        return lock(noticeId).orElseThrow(() -> new DomainException("notice.error.notFound"));
    }

    /** The public notice (not a draft) locked for an action; refused as "not found" when unknown or a draft. */
    public Notice lockPublic(long noticeId) {
        return lock(noticeId).filter(x -> x.getStatus().isPublic())
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
    }

    /** The logged-in owner's notice; refused as "not found" for anyone else's. */
    public Notice myNotice(long noticeId) {
        return notices.myNotice(noticeId);
    }

    /** The owner's notice, locked for an action (checked to be the caller's first). */
    public Notice lockMine(long noticeId) {
        notices.myNotice(noticeId);
        return lockKnown(noticeId);
    }

    /** A notice the public may read (published or later); empty for a draft or an unknown id. */
    public Optional<Notice> publicNotice(long noticeId) {
        return notices.publicNotice(noticeId);
    }

    /** A published or later notice on which firms act (enrol, bid); refused as "not found" otherwise. */
    public Notice visible(long noticeId) {
        return publicNotice(noticeId).filter(n -> n.getStatus() != NoticeStatus.DRAFT)
                .orElseThrow(() -> new DomainException("notice.error.notFound"));
    }

    /**
     * Announces an outcome of the selection (result, failure, voided, award, declined) on the notice, and tells it
     * ({@link OutcomeAnnounced}, observed synchronously in this transaction by {@link ResultPush}) to every enrolled firm.
     */
    public void announce(Notice n, AnnouncementKind kind, String actor, String reason, JsonObject outcome, Instant now) {
        announcer.announceOutcome(n, kind, actor, reason, outcome, now);
        outcomes.fire(new OutcomeAnnounced(n, kind, reason, now));
    }

    /** Tells the schedulers that something about the notice is due at {@code at} (after the transaction commits). */
    public void timeSet(long noticeId, Instant at) {
        announcer.timeSet(noticeId, at);
    }

    /** Posts the caller's failed notice again as a new draft with the same terms; returns the draft's id. */
    public long repost(long failedNoticeId) {
        return publication.repostNotice(failedNoticeId);
    }

    /** The published notices and announced ones whose moment comes at or before {@code until}. */
    public List<Due> dueUntil(Instant until) {
        return repository.dueUntil(until).stream().map(d -> new Due(d.noticeId(), d.at())).toList();
    }

    /** The sealing context of a notice's draw seed (sealed by procurement at publication). */
    public static String seedContext(long noticeId) {
        return DrawCommitment.seedContext(noticeId);
    }
}
